import type {Unit} from '../blocks/group-repeats.js'
import {tokenize} from './caption-cues.js'
import {countWords} from './text-shape.js'

/**
 * How many words in a row a line must share with a longer line before it
 * counts as copied from it: shorter runs ("the end of the year", "the
 * Harbour Trust's annual report") recur in any story.
 */
export const minCopiedWords = 6

/** How many lines holding a run are recorded: three tell a formula (the line and two others). */
const maxHolders = 3

/** Where the runs of {@link minCopiedWords} words of the lines that may copy occur, and how long each line is. */
export interface WordRuns {
  /**
   * The runs of each asked-about line, in order, each as the first three
   * lines that hold it (other lines: `undefined`). A run held by several
   * asked-about lines is one list, shared: the runs' text is not kept.
   */
  readonly runs: ReadonlyArray<ReadonlyArray<readonly number[]> | undefined>
  /** How many words each line has. */
  readonly lengths: readonly number[]
  /** Words and commas of every line (see `tokenize`), for a caller that reads them too. */
  readonly tokens: ReadonlyArray<readonly string[]>
}

const wordsOf = (tokens: readonly string[]) => tokens.filter((token) => token !== ',').map((token) => token.toLowerCase())

/**
 * Index the runs of {@link minCopiedWords} words that the lines `asked` about
 * hold, and which lines hold each of them: two passes over the text that keep
 * only those runs, so memory follows the few lines that may be copies, not the
 * article's length. Which lines are asked about changes nothing of what
 * {@link copiedLine} says of one that is: a run's holders are looked for in
 * every line.
 *
 * @param texts Every line of the article.
 * @param asked Whether a line may be asked about with {@link copiedLine}.
 */
export function indexWordRuns(texts: readonly string[], asked: (at: number) => boolean): WordRuns {
  const tokens = texts.map((text) => tokenize(text))
  const lines = new Map<string, number[]>()
  const held: Array<number[][] | undefined> = []
  const lengths: number[] = []
  // The first two words of every kept run, so the second pass joins only runs that may be kept.
  const openings = new Map<string, Set<string>>()
  texts.forEach((_, at) => {
    if (!asked(at)) return
    const list = wordsOf(tokens[at]!)
    const runs: number[][] = []
    for (let start = 0; start + minCopiedWords <= list.length; start++) {
      const run = runAt(list, start)
      // One holder list per run, whichever lines hold it: a line keeps the list, not the run's text.
      let holders = lines.get(run)
      if (!holders) lines.set(run, (holders = []))
      runs.push(holders)
      const seconds = openings.get(list[start]!) ?? new Set<string>()
      seconds.add(list[start + 1]!)
      openings.set(list[start]!, seconds)
    }
    held[at] = runs
    lengths[at] = list.length
  })
  const hold = (at: number, holders: number[] | undefined) => {
    // Three lines are enough to tell a formula from a copy: the list stays short, the lookups cheap.
    if (holders && holders.at(-1) !== at && holders.length < maxHolders) holders.push(at)
  }
  texts.forEach((_, at) => {
    const own = held[at]
    // An asked-about line's runs are kept from the first pass.
    if (own) {
      for (const holders of own) hold(at, holders)
      return
    }
    const list = wordsOf(tokens[at]!)
    for (let start = 0; start + minCopiedWords <= list.length; start++) {
      if (openings.get(list[start]!)?.has(list[start + 1]!)) hold(at, lines.get(runAt(list, start)))
    }
    lengths[at] = list.length
  })
  return {runs: held, lengths, tokens}
}

/** Longest line, in words, that {@link unitWordRuns} asks about. */
export const maxCopyWords = 40

/**
 * The {@link indexWordRuns} of an article's units, the lines of at most
 * {@link maxCopyWords} words asked about, made on first asking and kept:
 * the rules ask first (`markSentenceCaptions`), the fitted model's features
 * on the lines the rules leave to it ask again (`readDocument`), and the
 * index is made once.
 */
export function unitWordRuns(units: readonly Unit[]): () => WordRuns {
  let runs: WordRuns | undefined
  return () => (runs ??= indexWordRuns(units.map((unit) => unit.text), (at) => countWords(units[at]!.text) <= maxCopyWords))
}

/**
 * Whether line `at` repeats {@link minCopiedWords} or more words in a row
 * of a longer line elsewhere in the article. A caption is written from the
 * story and condenses it ("Two residents were arrested for running an
 * unlicensed ferry service from the old pier" beside a paragraph on the
 * arrests "for running an unlicensed ferry service from the old pier"); a
 * story's own paragraphs seldom repeat each other word for word, except in
 * a formula that recurs in several lines (a list of award winners), which
 * is why a line that shares a run with two or more other lines is no copy.
 *
 * @example
 *   const runs = indexWordRuns([
 *     'Police arrested two men on Monday for running an unlicensed ferry service from the old pier at night.',
 *     'Two men were arrested for running an unlicensed ferry service from the old pier.'
 *   ])
 *   copiesLongerLine(runs, 1) // true
 *   copiesLongerLine(runs, 0) // false (the other line is shorter)
 */
export function copiesLongerLine(runs: WordRuns, at: number): boolean {
  return copiedLine(runs, at) !== undefined
}

/**
 * The longer line that line `at` copies from (see {@link copiesLongerLine}),
 * the nearest one where it copies from several.
 *
 * @returns The line's index, or `undefined` when the line copies none (or was
 *   not among the lines {@link indexWordRuns} was asked to index).
 */
export function copiedLine(runs: WordRuns, at: number): number | undefined {
  const length = runs.lengths[at] ?? 0
  let copied: number | undefined
  for (const holders of runs.runs[at] ?? []) {
    const others = holders.filter((other) => other !== at)
    // Words that three or more lines share are the story's formula ("won the award for best actor"), not a copy.
    if (others.length > 1) return undefined
    const other = others[0]
    if (other !== undefined && (runs.lengths[other] ?? 0) > length) {
      if (copied === undefined || Math.abs(other - at) < Math.abs(copied - at)) copied = other
    }
  }
  return copied
}

function runAt(list: readonly string[], start: number): string {
  return list.slice(start, start + minCopiedWords).join(' ')
}
