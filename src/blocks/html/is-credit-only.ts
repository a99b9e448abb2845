import {creditByLabel, creditLabels} from './furniture-names.js'
import {isCreditShaped} from './leading-credit.js'

/** A slash between two letters: `"Jane Doe/Getty Images"`, `"REUTERS/Sam Lee"`. */
const slashPair = /\p{L}\/\p{L}/u

/**
 * Whether a caption's whole text is a photo credit rather than words about
 * the photo: a credit label at its start (`"Photo: Getty"`, `"Photo by Ana
 * Ruiz"`, but not `"Pictures by local children…"`, `"© Town Archive"`), or a credit-shaped line of names (see
 * {@link isCreditShaped}) that is an agency's slash credit
 * (`"Sam Lee/Valley Photos/Getty Images"`) or stands wholly in brackets
 * (`"(Ana Ruiz)"`). A short line of names alone (`"Ana Ruiz"`) may say who
 * the photo shows, so it stays a caption.
 *
 * @param text The caption's text, without a credit already split off.
 */
export function isCreditOnly(text: string): boolean {
  const value = text.trim()
  if (creditLabels.test(value)) return true
  const by = creditByLabel.exec(value)
  if (by) return /\p{Lu}/u.test(by[1]!)
  const bracketed = /^\((.+)\)$/su.exec(value)
  const inner = bracketed ? bracketed[1]! : value
  return isCreditShaped(inner) && (bracketed !== null || slashPair.test(inner))
}
