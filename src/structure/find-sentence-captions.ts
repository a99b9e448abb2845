import type {Unit} from '../blocks/group-repeats.js'
import {splitSentences} from '../sentences/split-sentences.js'
import {
  describesScene,
  hasQuotation,
  isFragment,
  namePart,
  namesIn,
  namesPlace,
  namesWithClause,
  namesYear,
  opensAlone,
  reportsOrSpeaks,
  saysShown,
  speaksNow,
  tellsPresentState,
  tokenize
} from './caption-cues.js'
import {copiedLine} from './copied-words.js'
import type {WordRuns} from './copied-words.js'
import type {Label} from './label.js'
import {countWords} from './text-shape.js'
import {topicWords} from './topic-words.js'

/** Longest caption, in words, that these cues are tried on. */
const maxWords = 30
/** Longest line, in words, that is taken for a label when it has no verb. */
const maxFragmentWords = 8
/** Evidence needed before an unmarked sentence is taken for a caption. */
const minScore = 3
/** A line's last mark is a colon: it introduces what follows. */
const endsWithColon = /:["'”’)\]]*\s*$/

/** Fewest topic words a line needs before its overlap with another line means anything. */
const minTopicWords = 5

/**
 * Find captions printed as plain sentences between paragraphs, with no mark
 * of their own. A line qualifies only when it could be a caption at all (one
 * sentence of at most 30 words, opening with a capital and not with a word
 * or phrase that leans on the sentence before ("However", "In return,"), no
 * quotation unless it has no verb at all or speaks in the present, no
 * reported speech in the past and no first or second person unless it
 * repeats the paragraph beside it word for word, between a paragraph or the
 * dek and a paragraph or heading, not ending with a colon) and the evidence
 * adds up to 3:
 *
 * - 2: the verb after its named subject shows a scene in the present ("Jane Doe waves")
 *   or in -ing ("Jane Doe speaking at …"); a person named in full speaks in the
 *   present ("Jane Doe says …") where the story itself reports in the past;
 *   it has no verb at all ("The new dark mode."); six or more of its words in a
 *   row are copied from a longer line (a caption is written from the story).
 * - 1 each: a scene in the present names a year (an archive photo); it tells how
 *   things stand now ("… has been named", "… is serving") or is a noun phrase with
 *   a relative clause and no verb of its own ("The islands where …"); it is shorter
 *   than both neighbours; it names someone in full whom the story already calls
 *   by the last name alone; half its topic words or more are in one other line
 *   (captions restate the story); it places the scene ("in Port Ellen, Scotland");
 *   it says what is "seen" or "pictured".
 *
 * @param units The article's units.
 * @param labels Labels so far: `undefined` is a paragraph. Changed in place.
 * @param wordRuns The units' word-run index (see `unitWordRuns`), shared with whoever reads it next.
 */
export function markSentenceCaptions(units: readonly Unit[], labels: Array<Label | undefined>, wordRuns: () => WordRuns): void {
  let index: ArticleIndex | undefined
  for (let at = 1; at < units.length - 1; at++) {
    if (labels[at] !== undefined) continue
    if (labels[at - 1] !== undefined && labels[at - 1] !== 'dek') continue
    if (labels[at + 1] !== undefined && labels[at + 1] !== 'heading') continue
    const text = units[at]!.text
    const words = countWords(text)
    // A line ending with a colon introduces what follows (none of the corpora's gold captions does).
    if (!isCaptionLength(words) || endsWithColon.test(text)) continue
    const tokens = tokenize(text)
    if (!opensAlone(tokens)) continue
    index ??= indexArticle(units, wordRuns())
    const copied = copiedLine(index.runs, at)
    // Reported speech is a paragraph's, unless the line repeats the paragraph beside it word for word.
    if (reportsOrSpeaks(tokens) && (copied === undefined || Math.abs(copied - at) > 1)) continue
    const speech = speaksNow(tokens) && index.reportsInPast
    // A label with no verb may put a name in quotation marks (Harbour master’s “night watch.”), and
    // present speech may quote a phrase; another sentence may not, and a line that opens with one is somebody's words.
    const fragment = words <= maxFragmentWords && isFragment(text, tokens)
    if (hasQuotation(text) && (!(fragment || speech) || /^["“‘'«„]/.test(text))) continue
    const scene = speech || describesScene(tokens)
    let score = scene || fragment ? 2 : 0
    if (scene && namesYear(tokens)) score++
    if (words < countWords(units[at - 1]!.text) && words < countWords(units[at + 1]!.text)) score++
    if (namesPlace(tokens)) score++
    if (saysShown(tokens)) score++
    if (renamesInFull(tokens, at, index)) score++
    if (tellsPresentState(tokens) || namesWithClause(tokens)) score++
    if (restates(topicWords(tokens), at, index)) score++
    if (copied !== undefined) score += 2
    if (score >= minScore && splitSentences(text).length === 1) labels[at] = 'caption'
  }
}

/** Where names and topic words first occur in an article, to ask of a line what came before it. */
interface ArticleIndex {
  /** Each two-word name's first unit. */
  readonly firstPair: Map<string, number>
  /** Each capitalised word's first unit where it stands without a capitalised word before it. */
  readonly firstAlone: Map<string, number>
  /** Each unit's topic words. */
  readonly topics: ReadonlyArray<ReadonlySet<string>>
  /** Runs of words, to find lines copied from longer ones. */
  readonly runs: WordRuns
  /** Whether the story reports speech in the past ("said", "told") far more than in the present ("says"). */
  readonly reportsInPast: boolean
}


/** Whether a line of `words` words is of a caption's length, the first test a line must pass. */
function isCaptionLength(words: number): boolean {
  return words >= 2 && words <= maxWords
}

function indexArticle(units: readonly Unit[], runs: WordRuns): ArticleIndex {
  const firstPair = new Map<string, number>()
  const firstAlone = new Map<string, number>()
  const topics: Array<ReadonlySet<string>> = []
  // The index's tokens serve the names and the topic words.
  runs.tokens.forEach((tokens, at) => {
    tokens.forEach((word, position) => {
      if (!/^\p{Lu}/u.test(word)) return
      const token = namePart(word)
      const before = tokens[position - 1]
      if (before !== undefined && /^\p{Lu}/u.test(before)) {
        const pair = `${namePart(before)} ${token}`
        if (!firstPair.has(pair)) firstPair.set(pair, at)
      } else if (!firstAlone.has(token)) {
        firstAlone.set(token, at)
      }
    })
    topics[at] = topicWords(tokens)
  })
  return {firstPair, firstAlone, topics, runs, reportsInPast: reportsInPast(units)}
}

/**
 * Whether the line names someone in full whom the story, before it, has
 * already named in full and then by the last name alone: after the first
 * mention a story says "Doe", a caption (read apart from it) "Jane Doe".
 */
function renamesInFull(tokens: readonly string[], at: number, index: ArticleIndex): boolean {
  return namesIn(tokens).some(([pair, last]) => {
    const full = index.firstPair.get(pair)
    const alone = index.firstAlone.get(last)
    return full !== undefined && full < at && alone !== undefined && alone < at
  })
}

/** How far away, in lines, a line that a caption restates may stand: a story's length; further off on a page are other stories. */
const restateReach = 100

/** Whether half the line's topic words `mine` (five or more) are all in one other line within {@link restateReach} lines. */
function restates(mine: ReadonlySet<string>, at: number, index: ArticleIndex): boolean {
  if (mine.size < minTopicWords) return false
  const end = Math.min(index.topics.length, at + restateReach + 1)
  for (let other = Math.max(0, at - restateReach); other < end; other++) {
    if (other === at) continue
    let count = 0
    for (const word of mine) if (index.topics[other]!.has(word)) count++
    if (count * 2 >= mine.size) return true
  }
  return false
}

/** How many times more often a story must write "said" than "says" to report in the past. */
const pastMajority = 3

/** Whether the story's speech verbs are in the past: "said" and "told" at least three times, and three times as often as "says" and "tells". */
function reportsInPast(units: readonly Unit[]): boolean {
  let past = 0
  let present = 0
  for (const unit of units) {
    for (const match of unit.text.matchAll(/\b(?:(said|told)|says|tells)\b/g)) {
      if (match[1]) past++
      else present++
    }
  }
  return past >= pastMajority && past >= pastMajority * present
}
