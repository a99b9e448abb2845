import type {Token} from './tokenize.js'

/** How many tokens a dash-enclosed aside may hold between its dashes. */
const asideReach = 40

/** Sentence-ending marks: an aside never spans them. */
const stops = new Set(['.', '!', '?', ';'])

/**
 * The dash ending just before `end`, as `[first token, kind]`: an em or en
 * dash, a spaced hyphen (`the board - with two members - said`) or a double
 * hyphen written as two touching tokens (`--`). Nothing for a hyphen inside a
 * word.
 */
function dashBefore(tokens: readonly Token[], end: number): {first: number; kind: string} | undefined {
  const last = tokens[end - 1]
  if (!last || last.word) return undefined
  if (last.text === '—' || last.text === '–') return {first: end - 1, kind: last.text}
  if (last.text !== '-') return undefined
  const before = tokens[end - 2]
  if (before?.text === '-' && before.end === last.start) return {first: end - 2, kind: '--'}
  const after = tokens[end]
  const spaced = (!before || before.end < last.start) && (!after || last.end < after.start)
  return spaced ? {first: end - 1, kind: '-'} : undefined
}

/**
 * Where a subject interrupted by an aside between dashes ends:
 * `Many riders at the meeting — including nurses — said …` and `The harbour
 * master -- who ran the port for years -- said …` put the aside between the
 * speaker and the cue, so the speaker is read before the opening dash.
 * `end` is the cue's first token; returns the index of the opening dash, or
 * `end` unchanged when no aside closes right before the cue, its opening dash
 * is missing, or no word stands before it. Nothing reaches back past `floor`.
 *
 * @example
 *   const tokens = tokenize('The board — all five of them — said no.')
 *   dashAsideStart(tokens, 8, 0) // 2, the index of the first "—"
 */
export function dashAsideStart(tokens: readonly Token[], end: number, floor: number): number {
  const closing = dashBefore(tokens, end)
  if (!closing) return end
  for (let index = closing.first; index > floor && closing.first - index <= asideReach; index--) {
    const token = tokens[index - 1]!
    if (stops.has(token.text)) return end
    const opening = dashBefore(tokens, index)
    if (!opening) continue
    if (opening.kind !== closing.kind) return end
    // The aside holds words, and a word stands before it.
    const inner = tokens.slice(index, closing.first).some((entry) => entry.word)
    const lead = tokens[opening.first - 1]
    return inner && opening.first > floor && lead?.word ? opening.first : end
  }
  return end
}
