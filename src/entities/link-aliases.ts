import type {Token} from '../attribution/tokenize.js'
import {aliasCues} from '../lexicon/entity-cues.js'
import type {NameRun} from './find-name-runs.js'

/** The first word of each of {@link aliasCues}: most tokens open none, and are passed over without trying every cue. */
const cueOpeners = new Set(aliasCues.map((words) => words[0]!))

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
    const token = tokens[index]!
    if (/^[.?!]$/.test(token.text)) lastStop = index
    if (!cueOpeners.has(token.lower)) continue
    const cue = aliasCues.find((words) => words.every((word, offset) => tokens[index + offset]?.lower === word))
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
