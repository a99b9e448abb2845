import {hasQuotation, isFragment, namesPlace, namesWithClause, namesYear, describesScene, opensAlone, reportsOrSpeaks, saysShown, speaksNow, tellsPresentState} from '../caption-cues.js'
import {echoesHeading} from '../echoes-heading.js'
import {looksLikeHeading} from '../is-heading.js'
import {isNameLine} from '../is-name-line.js'
import {showsMoment} from '../shows-moment.js'
import {bit} from './feature.js'
import type {Feature} from './feature.js'
import type {DocumentFacts} from './read-document.js'

/** Longest line, in words, that the sentence-caption evidence is counted for. */
const maxCaptionWords = 30
/** Lines shorter than this many words can belong to a run of short lines (a widget, a menu). */
const maxShortWords = 15

/**
 * Evidence that a plain sentence between paragraphs is a photo caption,
 * counted from the caption cues: 1 each for a scene verb after a named
 * subject or present speech, a verbless label, a year beside a scene, being
 * shorter than both neighbours, a placed scene, "seen"/"pictured", a present
 * state or a noun phrase with a relative clause, and lines copied from a
 * longer line nearby. 0 for lines a caption cannot be (too long, leaning on
 * the line before, reporting speech in the past, quoting).
 */
export function captionEvidence(document: DocumentFacts, index: number): number {
  const unit = document.units[index]!
  if (unit.words < 2 || unit.words > maxCaptionWords) return 0
  const tokens = unit.tokens
  if (!opensAlone(tokens)) return 0
  const copied = document.copiedFrom(index)
  if (reportsOrSpeaks(tokens) && (copied < 0 || Math.abs(copied - index) > 1)) return 0
  const fragment = unit.words <= 8 && isFragment(unit.text, tokens)
  const speech = speaksNow(tokens)
  if (hasQuotation(unit.text) && (!(fragment || speech) || /^["“‘'«„]/.test(unit.text))) return 0
  const scene = speech || describesScene(tokens)
  const before = document.units[index - 1]
  const after = document.units[index + 1]
  let score = bit(scene) + bit(fragment)
  if (scene && namesYear(tokens)) score++
  if (before && after && unit.words < before.words && unit.words < after.words) score++
  if (namesPlace(tokens)) score++
  if (saysShown(tokens)) score++
  if (tellsPresentState(tokens) || namesWithClause(tokens)) score++
  if (copied >= 0) score++
  return score
}

/** Whether the unit is heading-shaped and introduces a longer line that is not heading-shaped (past furniture-marked lines). */
export function introducesLonger(document: DocumentFacts, index: number): boolean {
  const unit = document.units[index]!
  if (!looksLikeHeading(unit.text)) return false
  const next = document.units[index + 1]
  return next !== undefined && !looksLikeHeading(next.text) && next.words > unit.words
}

/** How many short lines in a row the unit stands among (itself included; 0 when it is not short). */
export function shortRun(document: DocumentFacts, index: number): number {
  const short = (at: number) => {
    const unit = document.units[at]
    return unit !== undefined && unit.words < maxShortWords
  }
  if (!short(index)) return 0
  let start = index
  let end = index
  while (short(start - 1)) start--
  while (short(end + 1)) end++
  return end - start + 1
}

/** Whether a heading-shaped line closes a section: prose before it, and another heading-shaped line then prose after it. */
export function closesSection(document: DocumentFacts, index: number): boolean {
  const at = (offset: number) => document.units[index + offset]
  const before = at(-1)
  const next = at(1)
  const after = at(2)
  return (
    before !== undefined && next !== undefined && after !== undefined &&
    before.prose && after.prose && looksLikeHeading(document.units[index]!.text) && looksLikeHeading(next.text)
  )
}

/** Whether the line says again what the nearest heading-shaped line above it said (a caption restating its section). */
export function echoesHeadingAbove(document: DocumentFacts, index: number): boolean {
  const unit = document.units[index]!
  if (!looksLikeHeading(unit.text)) return false
  for (let above = index - 1; above >= Math.max(0, index - 12); above--) {
    const other = document.units[above]!
    if (introducesLonger(document, above)) return echoesHeading(unit.text, other.text)
  }
  return false
}

const at = (name: string, of: (document: DocumentFacts, index: number) => number): Feature => ({name, value: of})

/** How a unit sits in the layout around it: the cue tests the old rules ran, as measured evidence. */
export const layoutFeatures: readonly Feature[] = [
  at('caption-evidence', captionEvidence),
  at('introduces-longer', (document, index) => bit(introducesLonger(document, index))),
  at('heading-shows-moment', (document, index) => {
    const unit = document.units[index]!
    return bit(unit.words <= 16 && looksLikeHeading(unit.text) && showsMoment(unit.text))
  }),
  at('echoes-heading-above', (document, index) => bit(echoesHeadingAbove(document, index))),
  at('closes-section', (document, index) => bit(closesSection(document, index))),
  at('log-short-run', (document, index) => Math.log1p(shortRun(document, index))),
  at('name-line-between-prose', (document, index) => {
    const before = document.units[index - 1]
    const after = document.units[index + 1]
    return bit(before !== undefined && after !== undefined && before.prose && after.prose && isNameLine(document.units[index]!.text))
  }),
  at('shouted-link', (document, index) => {
    const unit = document.units[index]!
    return bit(unit.words >= 8 && looksLikeHeading(unit.text) && !/\p{Ll}/u.test(unit.text))
  })
]
