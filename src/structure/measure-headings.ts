import type {Unit} from '../blocks/group-repeats.js'
import {tokenize} from './caption-cues.js'
import type {Label} from './label.js'
import {countWords, isProse} from './text-shape.js'
import {topicWords} from './topic-words.js'

/**
 * The measured features of a line labelled a heading, in the order
 * {@link measureHeadings} returns them and the heading weights file lists them.
 */
export const headingFeatureNames = [
  // Share of the section's topic words that other paragraphs of the text use too (a teaser's blurb is about another story).
  'section-topic-elsewhere',
  // How many paragraphs the section holds, log(1 + n).
  'section-paragraphs',
  // How many words the section's paragraphs hold, log(1 + n).
  'section-words',
  // Share of the text's paragraph characters on the heading's nearer side (0 at either end of the body).
  'edge-distance',
  // Share of the six lines around the heading that are not prose (menus and link lists are runs of short lines).
  'short-neighbours',
  // Share of the heading's words of four letters or more that open with a capital.
  'title-case',
  // How many words the heading has, log(1 + n).
  'heading-words'
] as const

/** How many lines on each side of a heading {@link headingFeatureNames}' `short-neighbours` looks at. */
const neighbourReach = 3

const isParagraph = (label: Label | undefined) => label === undefined || label === 'paragraph'

/**
 * Measure every line labelled `heading`: what its section holds, where it
 * stands in the text and what its neighbours look like. One pass over the
 * text, whatever the number of headings.
 *
 * @param units The text's units.
 * @param labels Labels so far: `undefined` is a paragraph.
 * @returns Each heading's index and its features, in {@link headingFeatureNames}' order.
 */
export function measureHeadings(units: readonly Unit[], labels: ReadonlyArray<Label | undefined>): Map<number, number[]> {
  const measured = new Map<number, number[]>()
  const headings: number[] = []
  labels.forEach((label, index) => {
    if (label === 'heading') headings.push(index)
  })
  if (headings.length === 0) return measured

  // Per paragraph its topic words; per word the number of paragraphs that use it; paragraph characters before each line.
  const topics: Array<ReadonlySet<string> | undefined> = []
  const paragraphsWith = new Map<string, number>()
  const charactersBefore = new Float64Array(units.length + 1)
  units.forEach((unit, index) => {
    charactersBefore[index + 1] = charactersBefore[index]! + (isParagraph(labels[index]) ? unit.text.length : 0)
    if (!isParagraph(labels[index])) return
    const words = topicWords(tokenize(unit.text))
    topics[index] = words
    for (const word of words) paragraphsWith.set(word, (paragraphsWith.get(word) ?? 0) + 1)
  })
  const total = charactersBefore[units.length]!

  headings.forEach((heading, order) => {
    const end = headings[order + 1] ?? units.length
    const inSection = new Map<string, number>()
    let paragraphs = 0
    let words = 0
    for (let index = heading + 1; index < end; index++) {
      const own = topics[index]
      if (own === undefined) continue
      paragraphs++
      words += countWords(units[index]!.text)
      for (const word of own) inSection.set(word, (inSection.get(word) ?? 0) + 1)
    }
    let elsewhere = 0
    for (const [word, count] of inSection) if (paragraphsWith.get(word)! > count) elsewhere++
    const before = charactersBefore[heading]!
    const after = total - charactersBefore[end]!
    let short = 0
    for (let index = Math.max(0, heading - neighbourReach); index <= Math.min(units.length - 1, heading + neighbourReach); index++) {
      if (index !== heading && !isProse(units[index]!.text)) short++
    }
    const text = units[heading]!.text
    const long = text.match(/\p{L}{4,}/gu) ?? []
    measured.set(heading, [
      inSection.size === 0 ? 0.5 : elsewhere / inSection.size,
      Math.log1p(paragraphs),
      Math.log1p(words),
      total === 0 ? 0 : Math.min(before, after) / total,
      short / (2 * neighbourReach),
      long.length === 0 ? 0 : long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length,
      Math.log1p(countWords(text))
    ])
  })
  return measured
}
