import {roleModifiers, roleNouns, socialWords} from '../lexicon/byline-words.js'

const nouns = new Set(roleNouns)
const modifiers = new Set([...roleModifiers, ...roleNouns])
const social = new Set(socialWords)
const gluedSocial = new RegExp(`(?<=\\p{Ll})(?:${socialWords.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('|')})$`, 'u')

/** A name part with the role words around it taken off. */
export interface NamePart {
  /** The words left: the name, or `''` when the part was only a role. */
  readonly name: string
  /** Whether role words were taken off (or the whole part was a role). */
  readonly hadRole: boolean
}

/**
 * Take the role words off one part of a byline or contributor list:
 * a job title before the name ("Staff writer Alex Chen", "Wire Service
 * writers Kevin Roe": up to the last role noun before a capitalised word),
 * after it ("Jane Doe Freelance sports writer", "Jane Doe News Reporter"),
 * a lower-case note in brackets ("(reporting)") and a glued or trailing
 * social link ("Jane DoeTwitter").
 *
 * @example
 *   stripRoleWords('Staff writer Alex Chen') // {name: 'Alex Chen', hadRole: true}
 *   stripRoleWords('Senior Staff Technologist') // {name: '', hadRole: true}
 */
export function stripRoleWords(part: string): NamePart {
  let text = part.replace(/\(\p{Ll}[^()]*\)/gu, ' ').replace(gluedSocial, '').replace(/\s+/g, ' ').trim()
  let words = text.split(' ')
  while (words.length > 0 && social.has(words.at(-1)!.toLowerCase())) words.pop()
  let hadRole = false
  // Before the name: everything up to the last role noun that a capitalised word follows.
  for (let index = words.length - 2; index >= 0; index--) {
    if (nouns.has(words[index]!.toLowerCase()) && /^\p{Lu}/u.test(words[index + 1]!)) {
      words = words.slice(index + 1)
      hadRole = true
      break
    }
  }
  // After the name: a run of role words that ends in a role noun, and the capitalised words
  // (an outlet's name: "Wire News Reporter") right before it, leaving at least two words.
  if (words.length > 0 && nouns.has(words.at(-1)!.toLowerCase())) {
    let start = words.length - 1
    while (start > 0 && modifiers.has(words[start - 1]!.toLowerCase())) start--
    if (start === 0) return {name: '', hadRole: true}
    while (start > 2 && isBrand(words[start - 1]!)) start--
    if (start >= 2) {
      words = words.slice(0, start)
      hadRole = true
    }
  }
  text = words.join(' ')
  return {name: text, hadRole: hadRole || text !== part.trim()}
}

/** A brand written with a capital inside (`BuzzFeed`, `eHow`), not a name's prefix (`McNeil`, `DiMaggio`). */
function isBrand(word: string): boolean {
  return /^\p{Ll}+\p{Lu}|^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])/u.test(word)
}
