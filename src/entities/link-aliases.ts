import type {Token} from '../attribution/tokenize.js'
import {aliasCues} from '../lexicon/entity-cues.js'
import type {NameRun} from './find-name-runs.js'

const firstWords = new Set(aliasCues.map((cue) => cue[0]))

/** The first of the {@link aliasCues} whose words are the tokens from `index` on (a plain loop: this runs at every token of every block). */
function cueAt(tokens: readonly Token[], index: number): readonly string[] | undefined {
  for (let cue = 0; cue < aliasCues.length; cue++) {
    const words = aliasCues[cue]!
    let offset = 0
    while (offset < words.length && tokens[index + offset]?.lower === words[offset]) offset++
    if (offset === words.length) return words
  }
  return undefined
}

/**
 * Join the names on both sides of "also known as" (and the other
 * {@link aliasCues}) in one sentence: the run ending before the cue, in the
 * same sentence, and the run starting at most five tokens after it. Linear:
 * one pass with a pointer into the runs.
 *
 * @param runs The block's name runs in order, with their keys.
 * @param join Joins two name keys.
 * @example
 *   // "Omar Dass, also known as the Tailor, …" joins "omar dass" and "tailor".
 *   linkAliases(tokens, runs, join)
 */
export function linkAliases(tokens: readonly Token[], runs: readonly {run: NameRun; key: string}[], join: (a: string, b: string) => void): void {
  let next = 0
  let lastStop = -1
  for (let index = 0; index < tokens.length; index++) {
    const text = tokens[index]!.text
    if (text === '.' || text === '?' || text === '!') lastStop = index
    const cue = firstWords.has(tokens[index]!.lower) ? cueAt(tokens, index) : undefined
    if (!cue) continue
    while (next < runs.length && runs[next]!.run.last <= index) next++
    const before = runs[next - 1]
    const cueEnd = index + cue.length
    let after = next
    while (after < runs.length && runs[after]!.run.first < cueEnd) after++
    const following = runs[after]
    if (before && before.run.last > lastStop && following && following.run.first - cueEnd <= 5) join(before.key, following.key)
  }
}
