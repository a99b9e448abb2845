import type {Unit} from '../blocks/group-repeats.js'
import {carriesTimeStamp} from './carries-time-stamp.js'
import {countCopies} from './count-copies.js'
import {echoesHeading} from './echoes-heading.js'
import {findArticleBody, type BodySpan} from './find-article-body.js'
import {readByline} from './find-byline.js'
import {readCredit} from './find-credit.js'
import {readDateline} from './find-dateline.js'
import {findHeadline} from './find-headline.js'
import {findTrailingCredit, hasBracketedNameCredit, isCreditLine} from './find-photo-credit.js'
import {isBylineOrDate} from './is-byline-or-date.js'
import {markByItself} from './mark-by-itself.js'
import {isNameLine} from './is-name-line.js'
import {markSentenceCaptions} from './find-sentence-captions.js'
import {showsArchiveScene} from './shows-archive-scene.js'
import {showsMoment} from './shows-moment.js'
import {looksLikeHeading} from './is-heading.js'
import {markWidgets} from './mark-widgets.js'
import {countWords, endsLikeSentence, isProse} from './text-shape.js'
import {unitWordRuns} from './copied-words.js'
import type {WordRuns} from './copied-words.js'
import type {Searched} from './features/read-document.js'

import type {Label} from './label.js'

/** How many short lines after the body make a page footer (a list of links). */
const minFooterLines = 5

/**
 * Label every unit of an article: page furniture, headline, dek, byline,
 * captions, section headings, credits and body paragraphs.
 *
 * The rules run in order, each on what the ones before left open: marks that
 * a line carries by itself first (furniture, caption marks, bylines, credits),
 * then where the body is (the densest run of prose) and the headline above it,
 * then what its neighbours say of a line (dek, headings), and, on an article's
 * own text rather than a whole page, captions written as plain sentences.
 */
export function labelByRules(units: readonly Unit[]): Label[] {
  return readByRules(units).labels
}

/** What {@link readByRules} finds: every unit's label, and whether the text is a whole web page. */
export interface RulesReading {
  readonly labels: Label[]
  /** Menus above the headline or a footer after the body: a whole page's rendering, not an article's own text. */
  readonly page: boolean
  /** What the body and headline searches found on the marks lines carry by themselves (see `readDocument`). */
  readonly searched: Searched
}

/**
 * The rules of {@link labelByRules}, with what they found of the whole
 * text beside the labels: whether it reads as a whole web page.
 *
 * @param wordRuns The units' word-run index (see `unitWordRuns`): pass it
 *   on to whoever reads the units next.
 */
export function readByRules(units: readonly Unit[], wordRuns: () => WordRuns = unitWordRuns(units)): RulesReading {
  const {labels, body} = labelBeforeHeadline(units)
  const headline = findHeadline(units, labels, body.start)
  const searched = {marks: [...labels], body, headline}
  if (headline !== undefined) {
    labels[headline] = 'headline'
    // What stands above the headline is page furniture, whatever it says.
    for (let index = 0; index < headline; index++) labels[index] = 'boilerplate'
  }
  markRepeatedLinks(units, labels, headline)
  markCaptionsBesideCredits(units, labels)
  const bodyStart = afterLeadIn(units, labels, Math.max(body.start, headline === undefined ? 0 : headline + 1))
  const footer = markTail(units, labels, Math.max(body.end, bodyStart))
  // Menus above the headline or a footer after the body: this is a whole web page.
  const page = footer || (headline !== undefined && headline >= minMenuLines)
  markLeadIn(units, labels, headline, bodyStart)
  if (headline !== undefined) {
    const dek = markDek(units, labels, headline)
    if (dek !== undefined) markLeadInCaption(units, labels, dek)
  }
  if (page) {
    // On a whole page, the short lines the lead-in leaves open (past the dek and the cover caption) are teasers and buttons.
    markLeadIn(units, labels, headline, bodyStart, true)
    markWidgets(units, labels, bodyStart)
    markShoutedLinks(units, labels, bodyStart)
    markSectionEndLinks(units, labels)
  }
  markHeadings(units, labels, headline ?? -1)
  // Captions without marks are an article's own text's: on the development pages' text none of the lines they took was one.
  if (!page) markSentenceCaptions(units, labels, wordRuns)

  return {labels: labels.map((label) => label ?? 'paragraph'), page, searched}
}

/**
 * The first two steps of {@link labelByRules}: the marks lines carry by
 * themselves and where the body is; what the headline search reads (training
 * of its weights reads it too).
 */
export function labelBeforeHeadline(units: readonly Unit[]): {labels: Array<Label | undefined>; body: BodySpan} {
  const labels: Array<Label | undefined> = units.map((unit) => labelByItself(unit))
  return {labels, body: findArticleBody(units, labels)}
}

/** How far into the body a byline or time stamp still belongs to the lead-in. */
const leadInReach = 6

/** The body starts after the last byline or time stamp among its first lines (the prose above it is dek and caption). */
function afterLeadIn(units: readonly Unit[], labels: ReadonlyArray<Label | undefined>, start: number): number {
  let bodyStart = start
  for (let index = start; index < Math.min(units.length, start + leadInReach); index++) {
    if (labels[index] === 'byline' || isBylineOrDate(units[index]!.text)) bodyStart = index + 1
  }
  return bodyStart
}

function labelByItself(unit: Unit): Label | undefined {
  const mark = markByItself(unit)
  if (mark) return mark
  if (readByline(unit.text)) return 'byline'
  if (readCredit(unit.text)) return 'credit'
  if (findTrailingCredit(unit.text)) return 'caption'
  if (hasBracketedNameCredit(unit.text)) return 'caption'
  return undefined
}

/** How many words a line may have and still be taken for a link when it is repeated. */
const maxLinkWords = 15

/**
 * A short line printed again elsewhere on the page (not right after itself)
 * is a link or a label: a teaser repeated in a "related" list, "Article content",
 * "Advertisement". The headline is exempt (pages repeat it in their header).
 */
function markRepeatedLinks(units: readonly Unit[], labels: Array<Label | undefined>, headline: number | undefined): void {
  const seen = countCopies(units)
  units.forEach((unit, index) => {
    if (index !== headline && (seen.get(unit.text) ?? 0) > 1 && countWords(unit.text) < maxLinkWords) labels[index] = 'boilerplate'
  })
}

/**
 * A photo credit on a line of its own belongs to the caption above it when
 * that line has a letter and is short or has no full stop (a caption, not a
 * paragraph). A credit in brackets, "(Image: Jane Doe/Wire)", is what an outlet prints
 * after a caption's words; where no caption stands above it, it is the
 * whole caption of a photo printed without words.
 */
function markCaptionsBesideCredits(units: readonly Unit[], labels: Array<Label | undefined>): void {
  units.forEach((unit, index) => {
    if (labels[index] !== 'boilerplate' || !isCreditLine(unit.text)) return
    const before = units[index - 1]
    // A caption has words: a number alone above the credit ("12", a share count) is none.
    if (before && labels[index - 1] === undefined && /\p{L}/u.test(before.text) && (countWords(before.text) <= 12 || !endsLikeSentence(before.text))) {
      labels[index - 1] = 'caption'
    } else if (labels[index - 1] !== 'caption' && unit.text.startsWith('(') && unit.text.endsWith(')')) labels[index] = 'caption'
  })
}

/**
 * After the body: captions and credits that close it stay; the rest is the
 * page's footer (teasers, links, legal lines) when it holds furniture or five
 * or more short lines. A few lines after an article's own text (a last
 * heading and its short paragraph) stay what they are.
 */
function markTail(units: readonly Unit[], labels: Array<Label | undefined>, end: number): boolean {
  let index = end
  while (index < units.length && (labels[index] === 'caption' || labels[index] === 'credit')) index++
  const tail = labels.slice(index)
  const shortLines = units.slice(index).filter((unit) => !isProse(unit.text)).length
  if (shortLines >= minFooterLines || tail.includes('boilerplate')) {
    for (; index < units.length; index++) labels[index] = 'boilerplate'
    return true
  }
  return false
}

/** How many lines above the headline make a text a whole page (menus, not a kicker). */
const minMenuLines = 3

/**
 * After the dek, a line that is a bare name or has no full stop, with the body
 * still to come, is the cover photo's caption: the body's paragraphs end like
 * sentences, and a second dek is rare. So is one whose first sentence shows a
 * scene in the present dated by a year ("Jane Doe speaks at a rally in Port
 * Ellen in May 2019."): a photo from the archive, where a story's first
 * sentence tells what happened.
 */
function markLeadInCaption(units: readonly Unit[], labels: Array<Label | undefined>, dek: number): void {
  const index = nextOpen(labels, dek)
  if (index === undefined) return
  const following = nextOpen(labels, index)
  if (following === undefined || !isProse(units[following]!.text)) return
  const text = units[index]!.text
  if (isNameLine(text) || (!endsLikeSentence(text) && countWords(text) >= 3 && !readDateline(text)) || showsArchiveScene(text)) {
    labels[index] = 'caption'
  }
}

/** Fewest words of a line in capitals that is a link rather than a heading. */
const minShoutedWords = 8

/**
 * On a whole page, a long heading-shaped line in capitals inside the body
 * ("WATCH: HARBOUR CREW RESCUES TWO SWIMMERS OFF THE POINT") is a link to
 * another story: a story's headings in capitals are short labels ("WHAT
 * HAPPENS NEXT"), and a paragraph in capitals ends like a sentence.
 */
function markShoutedLinks(units: readonly Unit[], labels: Array<Label | undefined>, bodyStart: number): void {
  for (let index = bodyStart; index < units.length; index++) {
    const text = units[index]!.text
    const shouted = countWords(text) >= minShoutedWords && looksLikeHeading(text) && !/\p{Ll}/u.test(text)
    if (labels[index] === undefined && shouted) {
      labels[index] = 'boilerplate'
    }
  }
}

/**
 * On a whole page, a heading-shaped line that closes a section, right before
 * the next heading, introduces nothing: it is a link to another story (a
 * teaser list's title over its blurb). On an article's own text such a line
 * is left to the heading rules: read as a caption it was right on one outlet
 * only and wrong on the others.
 */
function markSectionEndLinks(units: readonly Unit[], labels: Array<Label | undefined>): void {
  for (let index = 1; index < units.length - 2; index++) {
    if (labels[index] !== undefined || labels[index + 1] !== undefined) continue
    const text = units[index]!.text
    if (!looksLikeHeading(text) || !isProse(units[index - 1]!.text)) continue
    if (!looksLikeHeading(units[index + 1]!.text) || !isProse(units[index + 2]!.text)) continue
    labels[index] = 'boilerplate'
  }
}

/**
 * Between the headline and the body stand dek, byline, time stamps, the cover
 * photo's caption and share buttons. Bylines and time stamps are kept as
 * furniture; the rest is left to the dek and caption rules. Run again after
 * those (`rest`), on a whole page, it takes every line they left that is not
 * prose and has no blank line before it (a page's rendering, not an
 * article's own text): teaser titles, ad and share lines between the
 * headline and the story. Measured on the page texts of both corpora: of the
 * lines it takes, the gold calls 19 of 21 furniture on the development half
 * of the outlets and 29 of 35 on the check half.
 */
function markLeadIn(units: readonly Unit[], labels: Array<Label | undefined>, headline: number | undefined, bodyStart: number, rest = false): void {
  for (let index = (headline ?? -1) + 1; index < bodyStart; index++) {
    if (labels[index] !== undefined) continue
    const unit = units[index]!
    const text = unit.text
    if (isBylineOrDate(text)) labels[index] = 'boilerplate'
    // Short lines that are not prose here are labels, names and buttons, not body.
    else if (!isProse(text) && (countWords(text) < 4 || (rest && !unit.blankBefore))) labels[index] = 'boilerplate'
  }
}

/**
 * The dek is the open line after the headline when it does not read like the
 * first paragraph: it has no full stop, or something stands between it and
 * the body that only a lead-in has (a caption, a byline or a time stamp), or
 * the body's first paragraph opens with a dateline (a wire story's lead
 * paragraph carries it, so the line above is no paragraph of the story).
 * A short line there that carries a full date or a clock time
 * (`carriesTimeStamp`: "Jane Doe March 9, 2017", "Oct 18, 2019 · 8 min
 * read") is the story's stamp, furniture, and no dek: on the page texts of
 * both corpora the lines it takes were all furniture or a byline, none a
 * gold dek.
 *
 * @returns The dek's index, if one was found.
 */
function markDek(units: readonly Unit[], labels: Array<Label | undefined>, headline: number): number | undefined {
  let index = headline + 1
  while (index < units.length && labels[index] !== undefined && labels[index] !== 'caption') index++
  const unit = units[index]
  if (!unit || labels[index] !== undefined || readDateline(unit.text)) return undefined
  const next = nextOpen(labels, index, ['caption', 'byline', 'boilerplate'])
  const words = countWords(unit.text)
  if (next === undefined || words < 4) return undefined
  // A date or a clock time makes the line a stamp ("Oct 18, 2019 · 8 min read"), not the story's summary.
  if (carriesTimeStamp(unit.text, words)) {
    labels[index] = 'boilerplate'
    return undefined
  }
  let leadInBetween = false
  for (let between = index + 1; between < next; between++) {
    if (labels[between] === 'caption' || labels[between] === 'byline' || isBylineOrDate(units[between]!.text)) leadInBetween = true
  }
  if (!endsLikeSentence(unit.text) || leadInBetween || readDateline(units[next]!.text)) {
    labels[index] = 'dek'
    return index
  }
  return undefined
}

/**
 * Headings are short heading-shaped lines inside the body that a longer
 * paragraph follows; one that shows a moment ("Jane Doe waves during the
 * parade") or says again what its section's heading said is a photo's
 * caption instead, and one with a date or a clock time is a stamp (furniture).
 */
function markHeadings(units: readonly Unit[], labels: Array<Label | undefined>, headline: number): void {
  let seenParagraph = false
  let heading: string | undefined
  for (let index = Math.max(0, headline + 1); index < units.length; index++) {
    if (labels[index] !== undefined) continue
    const unit = units[index]!
    if (seenParagraph && looksLikeHeading(unit.text)) {
      // Page furniture between a heading and its paragraph ("Advertisement") is skipped.
      const next = nextOpen(labels, index, ['caption', 'boilerplate'])
      const following = next === undefined ? undefined : units[next]!
      const words = countWords(unit.text)
      if (following && !looksLikeHeading(following.text) && countWords(following.text) > words) {
        // A heading-shaped line with a date or a clock time is a stamp (a comment's header, a teaser's date).
        if (carriesTimeStamp(unit.text, words)) {
          labels[index] = 'boilerplate'
          continue
        }
        const caption = showsMoment(unit.text) || (heading !== undefined && echoesHeading(unit.text, heading))
        labels[index] = caption ? 'caption' : 'heading'
        if (!caption) heading = unit.text
        continue
      }
    }
    seenParagraph = true
  }
}

/** The next unlabelled line after `index`, looking past lines with the labels in `skip` only. */
function nextOpen(
  labels: ReadonlyArray<Label | undefined>,
  index: number,
  skip: readonly Label[] = ['caption']
): number | undefined {
  for (let next = index + 1; next < labels.length; next++) {
    const label = labels[next]
    if (label === undefined) return next
    if (!skip.includes(label)) return undefined
  }
  return undefined
}
