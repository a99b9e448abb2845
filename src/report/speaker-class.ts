import {speakerPalette} from './speaker-palette.js'

/**
 * The class that colours a speaker's quotes and phrases: `sp-<n>` for the
 * palette's colour, plus `sp-again` once the palette has gone round, and
 * `sp-none` for a quote with no speaker.
 *
 * @param colour The speaker's colour number, or `undefined` for no speaker.
 * @returns The class names.
 */
export function speakerClass(colour: number | undefined): string {
  if (colour === undefined) return 'sp-none'
  const size = speakerPalette.length
  return colour < size ? `sp-${colour}` : `sp-${colour % size} sp-again`
}
