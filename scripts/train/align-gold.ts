/**
 * Align a gold annotation to the units the text path reads, giving every
 * unit the label the gold implies: the training targets.
 */
import type {Unit} from '../../src/blocks/group-repeats.js'
import {captionText} from '../../src/structure/caption-text.js'
import {readByline} from '../../src/structure/find-byline.js'
import {readCredit} from '../../src/structure/find-credit.js'
import type {Label} from '../../src/structure/label.js'
import {normaliseText, stripDateline} from '../eval/structure-score.js'
import type {TrainingGold} from './load-corpus.js'

/** Longest line, in words, taken for a byline because it names an author. */
const maxBylineWords = 12

const prepare = (text: string) => normaliseText(stripDateline(normaliseText(text)))

/** A multiset of texts that hands each one out as often as the gold has it. */
function pool(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) counts.set(text, (counts.get(text) ?? 0) + 1)
  return counts
}

function take(counts: Map<string, number>, text: string): boolean {
  const left = counts.get(text) ?? 0
  if (left === 0) return false
  counts.set(text, left - 1)
  return true
}

/**
 * The gold label of every unit. Paragraphs, headings, captions (without
 * their photo credit) and dek lines are matched by normalised text, each
 * gold item once, in reading order. The headline is the title's last
 * occurrence before the first paragraph (a page repeats it in its header),
 * and everything above it is furniture. Lines left over are a byline when
 * they read as one (or name an author near the top), a contributor credit
 * when they read as one, and furniture otherwise.
 */
export function alignGold(units: readonly Unit[], gold: TrainingGold): Label[] {
  const labels: Array<Label | undefined> = units.map(() => undefined)
  const paragraphs = pool(gold.sections.flatMap((section) => section.paragraphs).map(prepare))
  const headings = pool(gold.sections.flatMap((section) => (section.heading ? [normaliseText(section.heading)] : [])))
  const captions = pool((gold.captions ?? []).map(normaliseText))
  const dek = new Set((gold.dek ?? []).map(normaliseText))
  const title = normaliseText(gold.title)
  const titles: number[] = []
  let firstParagraph = -1
  units.forEach((unit, index) => {
    const text = normaliseText(unit.text)
    if (text === title) {
      titles.push(index)
      return
    }
    if (firstParagraph < 0 && dek.has(text)) {
      labels[index] = 'dek'
    } else if (take(paragraphs, prepare(unit.text))) {
      // A contributor credit is its own field in the library, whatever the gold filed it under.
      labels[index] = readCredit(unit.text) ? 'credit' : 'paragraph'
      if (firstParagraph < 0) firstParagraph = index
    } else if (take(headings, text)) {
      labels[index] = 'heading'
    } else if (take(captions, normaliseText(unit.text.slice(0, captionText(unit.text)?.length ?? unit.text.length))) || take(captions, text)) {
      labels[index] = 'caption'
    } else if (dek.has(text)) {
      labels[index] = 'paragraph'
    }
  })
  const before = titles.filter((index) => firstParagraph < 0 || index < firstParagraph)
  const headline = before.at(-1) ?? titles[0]
  if (headline !== undefined) {
    labels[headline] = 'headline'
    for (let index = 0; index < headline; index++) labels[index] = 'boilerplate'
  }
  const authors = (gold.authors ?? []).map((name) => normaliseText(name).split(' ').at(-1)!).filter((name) => name.length > 1)
  const top = firstParagraph < 0 ? units.length : firstParagraph
  return units.map((unit, index) => {
    const label = labels[index]
    if (label !== undefined) return label
    if (readByline(unit.text)) return 'byline'
    const words = unit.text.split(/\s+/).length
    if (index > (headline ?? -1) && index < top && words <= maxBylineWords && authors.some((name) => unit.text.includes(name))) return 'byline'
    if (readCredit(unit.text)) return 'credit'
    return 'boilerplate'
  })
}
