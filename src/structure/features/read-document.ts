import type {Unit} from '../../blocks/group-repeats.js'
import {copiedLine, unitWordRuns} from '../copied-words.js'
import type {WordRuns} from '../copied-words.js'
import {countCopies} from '../count-copies.js'
import {findArticleBody} from '../find-article-body.js'
import type {BodySpan} from '../find-article-body.js'
import {findHeadline} from '../find-headline.js'
import {looksLikeHeadline} from '../is-headline.js'
import {markByItself} from '../mark-by-itself.js'
import {isProse} from '../text-shape.js'
import {topicWords} from '../topic-words.js'
import type {Label} from '../label.js'

/** What is measured of one unit once, for every feature to read. */
export interface UnitFacts {
  /** The unit's text. */
  readonly text: string
  /** Words and commas, from `tokenize`. */
  readonly tokens: readonly string[]
  /** Number of words. */
  readonly words: number
  /** Topic words (lower case, four letters or more, no stopwords). */
  readonly topics: ReadonlySet<string>
  /** Whether the unit reads like running prose. */
  readonly prose: boolean
  /** How many units of the document have the unit's text (itself included). */
  readonly copies: number
  /** How many times the text is printed in a row at this place (a caption printed as alt text and again below its photo). */
  readonly printed: number
  /** Whether a blank line stands before it. */
  readonly blankBefore: boolean
  /** Whether it has a headline's shape (see `looksLikeHeadline`). */
  readonly headlineShaped: boolean
}

/** A document as the features see it: its units' facts and a few measures of the whole. */
export interface DocumentFacts {
  /** Per unit, in order. */
  readonly units: readonly UnitFacts[]
  /** The densest run of prose. */
  readonly body: BodySpan
  /** The unit the headline search picks, if any. */
  readonly headline: number | undefined
  /** Topic words of the body's opening (its first four prose units). */
  readonly lead: ReadonlySet<string>
  /** Share of units with a blank line before them (an article's own text has them; a page's rendering few). */
  readonly blankShare: number
  /** For each unit, the nearest prose unit after it (or `-1`). */
  readonly nextProse: readonly number[]
  /** For each unit, the nearest prose unit before it (or `-1`). */
  readonly previousProse: readonly number[]
  /** The longer line the unit at `index` copies six words in a row from (or `-1`); found when asked, as a feature row needs it only for the units it measures. */
  readonly copiedFrom: (index: number) => number
}

/** What the body and headline searches found on some marks (see `readByRules`). */
export interface Searched {
  /** Per unit, its mark (or label), `undefined` for none. */
  readonly marks: ReadonlyArray<Label | undefined>
  /** What `findArticleBody` found. */
  readonly body: BodySpan
  /** What `findHeadline` found. */
  readonly headline: number | undefined
}

/** Units of the body's opening whose topic words make its lead. */
const leadUnits = 4

/**
 * Measure a document once: tokens, words and topic words of every unit, the
 * body (the densest prose run), the headline search's pick, the nearest prose
 * on each side, and lines copied from longer ones. Every feature reads these.
 *
 * @param wordRuns The units' word-run index (see `unitWordRuns`): the
 *   rules', when they have made it first.
 * @param searched What the rules' body and headline searches found: taken
 *   when they searched on the same marks.
 */
export function readDocument(units: readonly Unit[], wordRuns: () => WordRuns = unitWordRuns(units), searched?: Searched): DocumentFacts {
  const counts = countCopies(units)
  const runs = wordRuns()
  const facts: UnitFacts[] = units.map((unit, at) => {
    const text = unit.text
    const tokens = runs.tokens[at]!
    return {
      text,
      tokens,
      words: runs.lengths[at]!,
      topics: topicWords(tokens),
      prose: isProse(text),
      copies: counts.get(text) ?? 1,
      printed: unit.occurrences.length,
      blankBefore: unit.blankBefore,
      headlineShaped: looksLikeHeadline(text)
    }
  })
  // The body and headline searches take the marks a line carries by itself.
  const marks: Array<Label | undefined> = units.map(markByItself)
  // The same marks, the same searches.
  const same = searched !== undefined && marks.every((mark, at) => mark === searched.marks[at])
  const body = same ? searched.body : findArticleBody(units, marks)
  const headline = same ? searched.headline : findHeadline(units, marks, body.start)
  const lead = new Set<string>()
  let taken = 0
  for (let index = body.start; index < units.length && taken < leadUnits; index++) {
    if (!facts[index]!.prose) continue
    for (const word of facts[index]!.topics) lead.add(word)
    taken++
  }
  const nextProse: number[] = new Array<number>(units.length).fill(-1)
  const previousProse: number[] = new Array<number>(units.length).fill(-1)
  for (let index = units.length - 2; index >= 0; index--) {
    nextProse[index] = facts[index + 1]!.prose ? index + 1 : nextProse[index + 1]!
  }
  for (let index = 1; index < units.length; index++) {
    previousProse[index] = facts[index - 1]!.prose ? index - 1 : previousProse[index - 1]!
  }
  // Lines of more than `maxCopyWords` words are not asked about: they copy none.
  const copiedFrom = (at: number) => copiedLine(runs, at) ?? -1
  const blank = facts.filter((unit) => unit.blankBefore).length
  return {
    units: facts,
    body,
    headline,
    lead,
    blankShare: facts.length === 0 ? 0 : blank / facts.length,
    nextProse,
    previousProse,
    copiedFrom
  }
}
