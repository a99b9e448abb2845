import type {EntityKind} from '../types.js'
import {useCompromise} from './compromise-slot.js'

/** What compromise's lexicon says a word or phrase is: a kind of entity, a first name, or some other word. */
export type LexiconKind = EntityKind | 'first-name' | 'other'

let lexicon: Record<string, string | string[]> | undefined
/** compromise's lexicon, read once it is loaded (see compromise-slot.ts). */
const lexiconOf = () => (lexicon ??= (useCompromise().model() as {one?: {lexicon?: Record<string, string | string[]>}}).one?.lexicon ?? {})
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
  const lexicon = lexiconOf()
  if (!Object.hasOwn(lexicon, phrase)) return undefined
  const entry = lexicon[phrase]
  const tags = Array.isArray(entry) ? entry : typeof entry === 'string' ? [entry] : []
  if (tags.some((tag) => placeTags.has(tag))) return 'place'
  if (tags.some((tag) => organizationTags.has(tag))) return 'organization'
  if (tags.some((tag) => personTags.has(tag))) return 'person'
  if (tags.some((tag) => firstNameTags.has(tag))) return 'first-name'
  return tags.length > 0 ? 'other' : undefined
}

/** A word compromise tagged as part of a person's, organisation's or place's name, as `[start, end)` offsets into the text it was given. */
export interface TaggedWord {
  readonly kind: EntityKind
  readonly start: number
  readonly end: number
}

interface Term {
  text: string
  tags: Set<string>
  offset?: {start: number; length: number}
}

/**
 * The words compromise's tagger marks as part of a person's, organisation's
 * or place's name in `text` (its `Person`, `Organization` and `Place` tags,
 * read straight off its terms: cheaper than its `people()`, `places()` and
 * `organizations()` finders, which match patterns again). This is the only
 * file that calls compromise (the entries provide it: see compromise-slot.ts). Every span is checked against `text`:
 * compromise's own offsets have known edge cases (a leading parenthesis or
 * quotation mark dropped or kept), so a word whose offsets do not slice back
 * to its text is dropped.
 *
 * @example
 *   tagWords('Jane Doe spoke in Paris.') // [{kind: 'person', start: 0, end: 4}, {kind: 'person', start: 5, end: 8}, {kind: 'place', start: 18, end: 23}]
 */
export function tagWords(text: string): TaggedWord[] {
  if (text.trim() === '') return []
  const doc = useCompromise()(text) as unknown as {compute(method: string): void; docs: Term[][]}
  doc.compute('offset')
  const found: TaggedWord[] = []
  for (const sentence of doc.docs) {
    for (const term of sentence) {
      const kind = term.tags.has('Person') ? 'person' : term.tags.has('Organization') ? 'organization' : term.tags.has('Place') ? 'place' : undefined
      if (!kind || !term.offset || typeof term.text !== 'string' || term.text === '') continue
      const {start, length} = term.offset
      if (length !== term.text.length || text.slice(start, start + length) !== term.text) continue
      found.push({kind, start, end: start + length})
    }
  }
  return found
}
