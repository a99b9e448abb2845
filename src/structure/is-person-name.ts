import {publicationWords} from '../lexicon/byline-words.js'
import {organizationWords} from '../lexicon/organization-words.js'

const organisation = new Set([...organizationWords, ...publicationWords])
const particles = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'y', 'e', 'dos', 'das'])

/**
 * Whether a part of a byline reads as a person's name: two to five words,
 * each capitalised (or an initial, or a particle such as "van"), none an
 * organisation's or publication's word ("News", "Project", "Weekly") and no acronym among words that
 * are not all in capitals ("ACLU Speech"). Names printed all in capitals
 * ("JANE DOE") count.
 *
 * @example
 *   isPersonName('Nelson D. Schwartz') // true
 *   isPersonName('Technology Project') // false
 */
export function isPersonName(text: string): boolean {
  const words = text.replace(/\((?:[^()]*)\)/g, ' ').split(/\s+/).filter(Boolean)
  if (words.length < 2 || words.length > 5) return false
  const shouting = words.every((word) => word === word.toUpperCase())
  return words.every((word) => {
    if (particles.has(word.toLowerCase()) && word === word.toLowerCase()) return true
    if (organisation.has(word.toLowerCase().replace(/(?:['’]s|\.)$/, ''))) return false
    if (/^\p{Lu}\.(?:\p{Lu}\.)*$/u.test(word)) return true
    if (!shouting && /^\p{Lu}{2,}$/u.test(word)) return false
    return /^\p{Lu}/u.test(word) || /^\p{Lo}/u.test(word)
  })
}
