/**
 * Scoring functions for the structure evaluation: text normalisation, exact
 * multiset matching and precision / recall / F1. Kept apart from the runner so
 * they can be unit-tested.
 */

/** Counts behind a precision / recall / F1 score. */
export interface Tally {
  /** Predictions that match a gold item. */
  readonly matched: number
  /** All predictions. */
  readonly predicted: number
  /** All gold items. */
  readonly gold: number
}

/** Precision, recall and F1 of a {@link Tally}. */
export interface Score {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

/** What a multiset match found: the tally and the unmatched items on both sides. */
export interface MatchResult extends Tally {
  /** Gold items no prediction matched. */
  readonly missed: string[]
  /** Predictions that matched no gold item. */
  readonly extra: string[]
}

const singleQuotes = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g
const doubleQuotes = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g

/**
 * Normalise text for comparison: every run of white space (non-breaking and
 * zero-width spaces included) becomes one space, the ends are trimmed, and
 * curly or angled quotation marks become straight ones.
 *
 * @example
 *   normaliseText('  “Hi,”\u00A0she   said ') // '"Hi," she said'
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(singleQuotes, "'")
    .replace(doubleQuotes, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

// A leading dateline: a place starting with a word in capitals, perhaps a date
// and an agency in brackets, then a dash or colon ("KATHMANDU, April 25 (Reuters) - ").
const leadingDateline =
  /^\p{Lu}[\p{Lu}\p{M}.'’-]+(?: [\p{Lu}\p{M}.'’-]+)*(?:,[^\n—–:()]{1,40}?)?\s*(?:\([^()]{1,30}\)\s*)?(?:—|–|--?|:)\s+/u

/**
 * Remove a leading dateline from a paragraph, as the corpus README asks for
 * (the gold keeps it inside the first paragraph).
 *
 * @example
 *   stripDateline('KATHMANDU, April 25 (Reuters) - Nepal said') // 'Nepal said'
 */
export function stripDateline(text: string): string {
  const match = leadingDateline.exec(text.slice(0, 120))
  return match ? text.slice(match[0].length) : text
}

/**
 * Match predictions to gold items one to one by exact equality (both already
 * normalised), counting duplicates as often as they occur on both sides.
 *
 * @example
 *   matchExact(['a', 'b', 'b'], ['b', 'c']) // {matched: 1, predicted: 3, gold: 2, missed: ['c'], extra: ['a', 'b']}
 */
export function matchExact(predicted: readonly string[], gold: readonly string[]): MatchResult {
  const available = new Map<string, number>()
  for (const item of gold) available.set(item, (available.get(item) ?? 0) + 1)
  const extra: string[] = []
  let matched = 0
  for (const item of predicted) {
    const left = available.get(item) ?? 0
    if (left > 0) {
      available.set(item, left - 1)
      matched++
    } else {
      extra.push(item)
    }
  }
  const missed: string[] = []
  for (const item of gold) {
    const left = available.get(item) ?? 0
    if (left > 0) {
      available.set(item, left - 1)
      missed.push(item)
    }
  }
  return {matched, predicted: predicted.length, gold: gold.length, missed, extra}
}

/**
 * Precision, recall and F1 of a tally. With nothing predicted and nothing in
 * the gold, all three are 1 (nothing was asked and nothing wrong was said).
 *
 * @example
 *   prf({matched: 3, predicted: 4, gold: 6}) // {precision: 0.75, recall: 0.5, f1: 0.6}
 */
export function prf(tally: Tally): Score {
  const precision = tally.predicted === 0 ? (tally.gold === 0 ? 1 : 0) : tally.matched / tally.predicted
  const recall = tally.gold === 0 ? (tally.predicted === 0 ? 1 : 0) : tally.matched / tally.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1}
}

/** Sum tallies (for micro-averaged scores). */
export function addTallies(tallies: readonly Tally[]): Tally {
  let matched = 0
  let predicted = 0
  let gold = 0
  for (const tally of tallies) {
    matched += tally.matched
    predicted += tally.predicted
    gold += tally.gold
  }
  return {matched, predicted, gold}
}

/**
 * Score predicted paragraphs against gold paragraphs with the corpus's two
 * details: a leading dateline is removed on both sides, and a predicted
 * paragraph equal to a gold dek line counts neither way.
 */
export function matchParagraphs(predicted: readonly string[], gold: readonly string[], dek: readonly string[]): MatchResult {
  const prepare = (text: string) => normaliseText(stripDateline(normaliseText(text)))
  const dekLines = new Set(dek.map(prepare))
  return matchExact(
    predicted.map(prepare).filter((text) => !dekLines.has(text)),
    gold.map(prepare)
  )
}

/** Match two lists of texts after {@link normaliseText}. */
export function matchTexts(predicted: readonly string[], gold: readonly string[]): MatchResult {
  return matchExact(predicted.map(normaliseText), gold.map(normaliseText))
}

/** A structure gold file: `{title, dek[], captions[], sections[{heading, paragraphs[]}]}`. */
export interface StructureGold {
  title: string
  dek?: string[]
  captions?: string[]
  sections: Array<{heading: string | null; paragraphs: string[]}>
}

/** One article scored: headline hit, and the matches of captions, headings and paragraphs. */
export interface ScoredArticle {
  id: string
  headline: boolean
  predictedHeadline: string | undefined
  goldHeadline: string
  captions: MatchResult
  headings: MatchResult
  paragraphs: MatchResult
}

/** Print what one article missed and what it added, field by field (for `--show`). */
export function printMisses(row: ScoredArticle, label: string): void {
  console.log(`\n## ${row.id} (${label})`)
  if (!row.headline) console.log(`headline: predicted ${JSON.stringify(row.predictedHeadline)}\n          gold      ${JSON.stringify(row.goldHeadline)}`)
  const cut = (text: string) => JSON.stringify(text.length > 160 ? `${text.slice(0, 160)}…` : text)
  for (const field of ['captions', 'headings', 'paragraphs'] as const) {
    const result = row[field]
    if (result.missed.length === 0 && result.extra.length === 0) continue
    console.log(`${field}:`)
    for (const text of result.missed) console.log(`  - missed ${cut(text)}`)
    for (const text of result.extra) console.log(`  + extra  ${cut(text)}`)
  }
}
