import nlp from 'compromise'
import type {EntityKind} from '../types.js'

/** A name compromise found, as `[start, end)` offsets into the text it was given. */
export interface TaggedName {
  readonly kind: EntityKind
  readonly start: number
  readonly end: number
}

interface Match {
  text: string
}

/** What compromise's lexicon says a word or phrase is: a kind of entity, a first name, or some other word. */
export type LexiconKind = EntityKind | 'first-name' | 'other'

const lexicon = (nlp.model() as {one?: {lexicon?: Record<string, string | string[]>}}).one?.lexicon ?? {}
const placeTags = new Set(['Country', 'City', 'Region', 'Place', 'Address'])
const organizationTags = new Set(['Organization', 'SportsTeam', 'Company', 'School'])
const firstNameTags = new Set(['FirstName', 'MaleName', 'FemaleName'])
const personTags = new Set(['Person', 'LastName'])

/**
 * Look `phrase` (lower case, words separated by one space) up in compromise's
 * lexicon: `place` for a country, city or region, `organization`, `person`,
 * `first-name`, `other` for any other known word (`afghan` is a demonym,
 * `deny` a verb), `undefined` when compromise does not know it. A plain
 * property look-up: no tagging.
 *
 * @example
 *   lexiconKind('kabul') // 'place'
 *   lexiconKind('mike') // 'first-name'
 */
export function lexiconKind(phrase: string): LexiconKind | undefined {
  if (!Object.hasOwn(lexicon, phrase)) return undefined
  const entry = lexicon[phrase]
  const tags = Array.isArray(entry) ? entry : typeof entry === 'string' ? [entry] : []
  if (tags.some((tag) => placeTags.has(tag))) return 'place'
  if (tags.some((tag) => organizationTags.has(tag))) return 'organization'
  if (tags.some((tag) => personTags.has(tag))) return 'person'
  if (tags.some((tag) => firstNameTags.has(tag))) return 'first-name'
  return tags.length > 0 ? 'other' : undefined
}

const edge = /[\s"'“”‘’«»(),.;:!?-]/

/** Drop spaces, quotation marks and punctuation from both ends (a scan, not a regex anchored at the end, to stay linear). */
function trimEdges(value: string): string {
  let start = 0
  let end = value.length
  while (start < end && edge.test(value[start]!)) start++
  while (end > start && edge.test(value[end - 1]!)) end--
  return value.slice(start, end)
}

/**
 * The people, organisations and places compromise tags in `text`. This is the
 * only file that imports compromise. Every span is checked against `text`:
 * compromise's own offsets have known edge cases (a leading parenthesis or
 * quotation mark dropped or kept), so each match is located by its words, in
 * order, and dropped when it cannot be found exactly.
 *
 * @example
 *   tagNames('Jane Doe spoke in Paris.') // [{kind: 'person', start: 0, end: 8}, {kind: 'place', start: 17, end: 22}]
 */
export function tagNames(text: string): TaggedName[] {
  if (text.trim() === '') return []
  const doc = nlp(text)
  const found: TaggedName[] = []
  const groups: [EntityKind, Match[]][] = [
    ['person', doc.people().json() as Match[]],
    ['organization', doc.organizations().json() as Match[]],
    ['place', doc.places().json() as Match[]]
  ]
  for (const [kind, matches] of groups) {
    let cursor = 0
    for (const match of matches) {
      let words = typeof match.text === 'string' ? trimEdges(match.text) : ''
      // Keep the period of an abbreviation ("U.N.").
      if (/(?:^|\.)\p{L}$/u.test(words) && words.includes('.') && text.startsWith(`${words}.`, text.indexOf(words, cursor))) words += '.'
      if (words.length < 2) continue
      const start = text.indexOf(words, cursor)
      if (start === -1 || text.slice(start, start + words.length) !== words) continue
      found.push({kind, start, end: start + words.length})
      cursor = start + words.length
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
