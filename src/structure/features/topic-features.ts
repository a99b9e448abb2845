import {bit} from './feature.js'
import type {Feature} from './feature.js'
import type {DocumentFacts} from './read-document.js'
import {topicShare} from '../topic-stems.js'

/** How far, in units, a line's topic words are looked for in one other line. */
const restateReach = 30
/** Longest line, in words, asked whether it restates another. */
const maxRestateWords = 40

/** Share of unit `index`'s topic words that unit `other` holds (0 when there is none). */
function shareWith(document: DocumentFacts, index: number, other: number): number {
  if (other < 0 || other >= document.units.length) return 0
  return topicShare(document.units[index]!.topics, document.units[other]!.topics)
}

/**
 * The largest share of a line's topic words that one other line near it
 * holds: a caption restates the story, a heading announces it.
 */
export function bestRestatement(document: DocumentFacts, index: number): number {
  const unit = document.units[index]!
  if (unit.words > maxRestateWords || unit.topics.size === 0) return 0
  let best = 0
  const end = Math.min(document.units.length, index + restateReach + 1)
  for (let other = Math.max(0, index - restateReach); other < end; other++) {
    if (other === index || document.units[other]!.text === unit.text) continue
    best = Math.max(best, shareWith(document, index, other))
  }
  return best
}

const at = (name: string, of: (document: DocumentFacts, index: number) => number): Feature => ({name, value: of})

/** What a unit shares with the lines around it: topic words, copied runs, length against its neighbours. */
export const topicFeatures: readonly Feature[] = [
  at('next-prose-overlap', (document, index) => shareWith(document, index, document.nextProse[index]!)),
  at('previous-prose-overlap', (document, index) => shareWith(document, index, document.previousProse[index]!)),
  at('next-overlap', (document, index) => shareWith(document, index, index + 1)),
  at('best-restatement', bestRestatement),
  at('copies-longer-line', (document, index) => bit(document.copiedFrom(index) >= 0)),
  at('copies-neighbour', (document, index) => {
    const from = document.copiedFrom(index)
    return bit(from >= 0 && Math.abs(from - index) <= 2)
  }),
  at('shorter-than-next', (document, index) => {
    const next = document.units[index + 1]
    return bit(next !== undefined && next.words > document.units[index]!.words)
  }),
  at('shorter-than-neighbours', (document, index) => {
    const before = document.units[index - 1]
    const after = document.units[index + 1]
    const words = document.units[index]!.words
    return bit(before !== undefined && after !== undefined && words < before.words && words < after.words)
  })
]
