import type {SourceText} from './source-text.js'

/**
 * `[start, end)` of a block's text widened so that neither end falls between
 * two code units decoded from one input character (a reference such as
 * `&NotEqualTilde;`, which decodes to U+2242 U+0338, or `&nvlt;`): such units
 * share their input offset, and a span that began or ended between them
 * would have a text that no slice of the input decodes to. Plain text maps
 * every unit to an offset of its own, so its spans come back unchanged; an
 * empty span stays empty.
 *
 * @example
 *   wholeCharacters(block, 1, 4) // [0, 4] when units 0 and 1 come from one reference
 */
export function wholeCharacters(block: SourceText, start: number, end: number): readonly [start: number, end: number] {
  const length = block.text.length
  let from = start
  while (from > 0 && from < length && block.offsetAt(from - 1) === block.offsetAt(from)) from--
  // An empty span stays empty, at the reference's start.
  if (end <= start) return [from, from]
  let to = end
  while (to < length && block.offsetAt(to) === block.offsetAt(to - 1)) to++
  return [from, to]
}
