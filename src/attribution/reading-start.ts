import type {SpeakerReading} from './read-speaker.js'

/**
 * The first token of a speaker reading: its role when the role comes first
 * (`the mayor, Ana Lee`), else its mention (`Ana Lee, the mayor`). What stands
 * just before it (a comma, "as", "which") says how the attribution is set in
 * its sentence.
 *
 * @param reading - The speaker reading.
 * @returns The index of its first token.
 *
 * @example
 *   readingStart({mention: {first: 4, last: 6}, role: {first: 0, last: 3}}) // 0
 */
export function readingStart(reading: SpeakerReading): number {
  return reading.role && reading.role.first < reading.mention.first ? reading.role.first : reading.mention.first
}
