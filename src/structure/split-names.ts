import {degrees} from '../lexicon/byline-words.js'
import {cutBylineTail} from './cut-byline-tail.js'
import {isPersonName} from './is-person-name.js'
import {stripRoleWords} from './strip-role-words.js'

const degreeSet = new Set(degrees)

/**
 * Split a list of names: "Jane Doe, John Roe and Ann Poe" → three names.
 * A leading "By", the date, time or account after the names
 * ({@link cutBylineTail}), role words ({@link stripRoleWords}) and brackets
 * with a lower-case note are dropped; a degree stays with its name ("Jane
 * Doe, MD"). What follows a separator (`|`, ` - `, ` / `) after a person's
 * name is the outlet, not another author. When some
 * part reads as a person's name, the others (an outlet, a team, the words of
 * a title such as "Speech, Privacy, and Technology Project") are left out;
 * otherwise every part that is not only a role is kept ("Wire Service").
 *
 * @example
 *   splitNames('By Jane Doe | Wire News') // ['Jane Doe']
 *   splitNames('Staff writer Alex Chen and Ann Poe, MD') // ['Alex Chen', 'Ann Poe, MD']
 */
export function splitNames(text: string): string[] {
  // Segments set apart by a separator: after the names come the outlet and the like.
  const segments = cutBylineTail(text.replace(/^\s*(?:by|from)\b:?\s*/i, '')).split(/\s?\|\s?|\s[-–—•·]\s|\s\/\s/)
  const names: string[] = []
  const people: string[] = []
  let afterRole = false
  for (const [index, part] of segments.flatMap((segment, index) => segment.split(/,|;|\band\b|&/i).map((name) => [index, withoutTrailingDots(name.trim())] as const))) {
    if (index > 0 && people.length > 0) break
    if (part.length === 0) continue
    if (degreeSet.has(part.toLowerCase().replace(/\.$/, '')) && names.length > 0) {
      const last = names.pop()!
      names.push(`${last}, ${part}`)
      if (people.at(-1) === last) people[people.length - 1] = `${last}, ${part}`
      continue
    }
    const {name, hadRole} = stripRoleWords(part)
    if (name.length <= 1 || !/\p{Lu}|\p{Lo}/u.test(name)) {
      afterRole ||= hadRole
      continue
    }
    names.push(name)
    // After a role ("…, Senior Writer, Wire Service"), what follows is the role's own words.
    if (isPersonName(name) && (!afterRole || hadRole || people.length === 0)) people.push(name)
  }
  return people.length > 0 ? people : names
}

/** `text` without the full stops and spaces it ends with (a loop: `/[.\s]+$/` is quadratic on a long run of them). */
function withoutTrailingDots(text: string): string {
  let end = text.length
  while (end > 0 && (text[end - 1] === '.' || /\s/.test(text[end - 1]!))) end--
  return text.slice(0, end)
}
