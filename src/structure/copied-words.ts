import {tokenize} from './caption-cues.js'

/**
 * How many words in a row a line must share with a longer line before it
 * counts as copied from it: shorter runs ("the end of the year", "the
 * Office for Budget Responsibility") recur in any story.
 */
export const minCopiedWords = 6

/** How many lines holding a run are recorded: three tell a formula (the line and two others). */
const maxHolders = 3

/** Where each run of {@link minCopiedWords} words occurs in an article, and how long each line is. */
export interface WordRuns {
  /** Each run (lower case, words joined by a space) and the first three lines that hold it. */
  readonly lines: ReadonlyMap<string, readonly number[]>
  /** Each line's words, lower case. */
  readonly words: ReadonlyArray<readonly string[]>
}

const words = (text: string) =>
  tokenize(text)
    .filter((token) => token !== ',')
    .map((token) => token.toLowerCase())

/** Index the runs of {@link minCopiedWords} words of every line, in one pass over the text. */
export function indexWordRuns(texts: readonly string[]): WordRuns {
  const lines = new Map<string, number[]>()
  const lists = texts.map((text, at) => {
    const list = words(text)
    for (const run of runsOf(list)) {
      const holders = lines.get(run)
      // Three lines are enough to tell a formula from a copy: the list stays short, the lookups cheap.
      if (!holders) lines.set(run, [at])
      else if (holders.at(-1) !== at && holders.length < maxHolders) holders.push(at)
    }
    return list
  })
  return {lines, words: lists}
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
 * @returns The line's index, or `undefined` when the line copies none.
 */
export function copiedLine(runs: WordRuns, at: number): number | undefined {
  const length = runs.words[at]?.length ?? 0
  let copied: number | undefined
  for (const run of runsOf(runs.words[at] ?? [])) {
    const others = (runs.lines.get(run) ?? []).filter((other) => other !== at)
    // Words that three or more lines share are the story's formula ("won the award for best actor"), not a copy.
    if (others.length > 1) return undefined
    const other = others[0]
    if (other !== undefined && (runs.words[other]?.length ?? 0) > length) {
      if (copied === undefined || Math.abs(other - at) < Math.abs(copied - at)) copied = other
    }
  }
  return copied
}

function runsOf(list: readonly string[]): string[] {
  const runs: string[] = []
  for (let start = 0; start + minCopiedWords <= list.length; start++) runs.push(list.slice(start, start + minCopiedWords).join(' '))
  return runs
}
