import {tokenize} from './caption-cues.js'

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
  /** Each run of an asked-about line (lower case, words joined by a space) and the first three lines that hold it. */
  readonly lines: ReadonlyMap<string, readonly number[]>
  /** The words of each asked-about line, lower case (other lines: `undefined`). */
  readonly words: ReadonlyArray<readonly string[] | undefined>
  /** How many words each line has. */
  readonly lengths: readonly number[]
}

const wordsOf = (tokens: readonly string[]) => tokens.filter((token) => token !== ',').map((token) => token.toLowerCase())

/**
 * Index the runs of {@link minCopiedWords} words that the lines `asked` about
 * hold, and which lines hold each of them: two passes over the text that keep
 * only those runs, so memory follows the few lines that may be copies, not the
 * article's length.
 *
 * @param texts Every line of the article.
 * @param asked Whether a line may be asked about with {@link copiedLine}
 *   (default: every line).
 * @param visit Called with each line's tokens (see `tokenize`) as the second
 *   pass reads them, so a caller that needs them too tokenises once.
 */
export function indexWordRuns(
  texts: readonly string[],
  asked: (at: number) => boolean = () => true,
  visit?: (at: number, tokens: readonly string[]) => void
): WordRuns {
  const lines = new Map<string, number[]>()
  const lists: Array<readonly string[] | undefined> = []
  // The first two words of every kept run, so the second pass joins only runs that may be kept.
  const openings = new Map<string, Set<string>>()
  // The tokens of the asked-about lines, kept from the first pass for the second (those lines are few and short).
  const kept: Array<readonly string[] | undefined> = []
  texts.forEach((text, at) => {
    if (!asked(at)) return
    const tokens = tokenize(text)
    kept[at] = tokens
    const list = wordsOf(tokens)
    lists[at] = list
    for (let start = 0; start + minCopiedWords <= list.length; start++) {
      lines.set(runAt(list, start), [])
      const seconds = openings.get(list[start]!) ?? new Set<string>()
      seconds.add(list[start + 1]!)
      openings.set(list[start]!, seconds)
    }
  })
  const lengths = texts.map((text, at) => {
    const tokens = kept[at] ?? tokenize(text)
    kept[at] = undefined
    visit?.(at, tokens)
    const list = lists[at] ?? wordsOf(tokens)
    for (let start = 0; start + minCopiedWords <= list.length; start++) {
      if (!openings.get(list[start]!)?.has(list[start + 1]!)) continue
      const holders = lines.get(runAt(list, start))
      // Three lines are enough to tell a formula from a copy: the list stays short, the lookups cheap.
      if (holders && holders.at(-1) !== at && holders.length < maxHolders) holders.push(at)
    }
    return list.length
  })
  return {lines, words: lists, lengths}
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
  for (const run of runsOf(runs.words[at] ?? [])) {
    const others = (runs.lines.get(run) ?? []).filter((other) => other !== at)
    // Words that three or more lines share are the story's formula ("won the award for best actor"), not a copy.
    if (others.length > 1) return undefined
    const other = others[0]
    if (other !== undefined && (runs.lengths[other] ?? 0) > length) {
      if (copied === undefined || Math.abs(other - at) < Math.abs(copied - at)) copied = other
    }
  }
  return copied
}

function runsOf(list: readonly string[]): string[] {
  const runs: string[] = []
  for (let start = 0; start + minCopiedWords <= list.length; start++) runs.push(runAt(list, start))
  return runs
}

function runAt(list: readonly string[], start: number): string {
  return list.slice(start, start + minCopiedWords).join(' ')
}
