/**
 * Cues that a line written as a plain sentence is a photo caption. None is
 * enough alone (each also fires on some paragraphs); `find-sentence-captions`
 * adds them up.
 */
import {auxiliaryWords, ingPrepositions, leaningOpeners, nonNameCapitals, personalWords, reportingWords, sceneVerbs, speakingVerbs} from '../lexicon/caption-words.js'
import {cueVerbs} from '../lexicon/cue-verbs.js'
import {verbForms, type VerbForms} from '../verb-forms.js'

/** Words (letters and digits, joined by inner apostrophes, dots and hyphens) and commas. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|,/gu) ?? []
}

const capitalised = (token: string) => /^\p{Lu}/u.test(token)
const lowerCase = (token: string) => /^\p{Ll}/u.test(token)

const thirdPerson = (verb: string | VerbForms) => verbForms(verb)[1]
const sceneVerbsNow = new Set(sceneVerbs.map(thirdPerson))
const speakingNow = new Set([...cueVerbs.map(thirdPerson), ...speakingVerbs.map(thirdPerson)])
const reporting = new Set(reportingWords)
const personal = new Set(personalWords)
const leaning = new Set(leaningOpeners)
const auxiliaries = new Set(auxiliaryWords)
const notName = new Set(nonNameCapitals)
const prepositions = new Set(ingPrepositions)

/** Longest aside, in tokens, between a name and its verb ("Jane Doe, 44, a nurse, waves"). */
const maxAside = 12

/**
 * Whether the verb right after a named subject is a scene verb in the
 * present ("Jane Doe waves …") or any verb in -ing ("Jane Doe speaking at
 * …"): a caption describes the photo, a paragraph tells what happened. The
 * subject is a run of capitalised words, with lower-case titles inside it
 * ("Harbour master Jane Doe") and perhaps an aside between commas after it
 * ("Jane Doe, 44, a nurse, waves").
 */
export function describesScene(tokens: readonly string[]): boolean {
  return wordsAfterSubject(tokens).some((word) => isSceneVerb(word))
}

/**
 * Whether a person named in full ("Jane Doe", "Harbour master Jane Doe")
 * speaks in the present: "Jane Doe says the pier must reopen", "Jane Doe
 * laments …". Under a photo or a video still the present tells what the
 * person says there; a story that reports in the past writes "said".
 */
export function speaksNow(tokens: readonly string[]): boolean {
  const capitals = tokens.slice(0, subjectEnd(tokens)).filter((token) => capitalised(token)).length
  return capitals >= 2 && wordsAfterSubject(tokens).some((word) => speakingNow.has(word))
}

/** Whether the line names a year ("in May 2011", "Oct. 3, 2009"): a photo from the archive, dated. */
export function namesYear(tokens: readonly string[]): boolean {
  return tokens.some((token) => /^(?:19|20)\d\d$/.test(token))
}

/** Where the subject of a line ends: after its run of capitalised words and the lower-case titles inside it. */
function subjectEnd(tokens: readonly string[]): number {
  let index = 0
  while (
    index < tokens.length &&
    (capitalised(tokens[index]!) || (lowerCase(tokens[index]!) && capitalised(tokens[index + 1] ?? '')))
  ) {
    index++
  }
  return index
}

/** The words that can be the verb of a line's named subject: the one after it, or after a comma closing an aside. */
function wordsAfterSubject(tokens: readonly string[]): string[] {
  const index = subjectEnd(tokens)
  if (index === 0) return []
  if (tokens[index] !== ',') return tokens[index] === undefined ? [] : [tokens[index]!]
  const words: string[] = []
  for (let close = index + 1; close < Math.min(tokens.length, index + maxAside); close++) {
    if (tokens[close] === ',' && tokens[close + 1] !== undefined) words.push(tokens[close + 1]!)
  }
  return words
}

function isSceneVerb(word: string | undefined): boolean {
  if (word === undefined || !lowerCase(word)) return false
  return sceneVerbsNow.has(word) || (word.length > 5 && word.endsWith('ing') && !prepositions.has(word))
}

/**
 * Whether a short line ending with a full stop has no verb at all ("The
 * new dark mode."): no auxiliary, no negation, no word ending in -ed, -ing
 * or a verb's -s. A story's sentences have verbs; a label under a picture
 * need not.
 */
export function isFragment(text: string, tokens: readonly string[]): boolean {
  if (!/\.["'”’)]*$/.test(text)) return false
  return tokens.every(
    (token) =>
      !auxiliaries.has(token.toLowerCase()) &&
      !/n['’]t$/i.test(token) &&
      !(lowerCase(token) && /(?:ed|ing|[^su'’]s)$/.test(token))
  )
}

/** Whether the line opens the way a caption can: a capital, not a word that leans on the sentence before. */
export function opensAlone(tokens: readonly string[]): boolean {
  const first = tokens[0]
  return first !== undefined && capitalised(first) && !leaning.has(first)
}

/** Whether the line reports speech ("said", "told", "according to") or speaks in the first or second person. */
export function reportsOrSpeaks(tokens: readonly string[]): boolean {
  return tokens.some(
    (token) =>
      reporting.has(token.toLowerCase()) ||
      personal.has(token) ||
      // "We", "My" opening a sentence; not "US".
      (/^\p{Lu}\p{Ll}+$/u.test(token) && personal.has(token.toLowerCase()))
  )
}

/** Whether the line holds a quotation mark (straight or curly, double, or single at a word's edge). */
export function hasQuotation(text: string): boolean {
  return /["“”«»„]|(?:^|\s)['‘]|['’](?:\s|$|[.,;:!?])/.test(text)
}

/** Whether the line places the scene: "in Port Ellen, Scotland", "at the harbour of Tromsø, Norway". */
export function namesPlace(tokens: readonly string[]): boolean {
  for (let index = 0; index < tokens.length - 3; index++) {
    if (!/^(?:in|at|near|outside)$/.test(tokens[index]!)) continue
    let next = index + 1
    if (tokens[next] === 'the') next++
    const start = next
    while (next < tokens.length && capitalised(tokens[next]!)) next++
    if (next > start && tokens[next] === ',' && capitalised(tokens[next + 1] ?? '')) return true
  }
  return false
}

/** Whether the line says what is shown: "is seen", "are pictured", "pictured". */
export function saysShown(tokens: readonly string[]): boolean {
  return tokens.some(
    (token, index) =>
      token === 'pictured' || (/^(?:seen|shown)$/.test(token) && /^(?:is|are|was|were)$/.test(tokens[index - 1] ?? ''))
  )
}

/** Words that open a relative clause. */
const relativeWords = new Set(['where', 'who', 'whom', 'whose', 'which', 'that', 'when'])
/** Most words a noun phrase may have before its relative clause ("The old stone islands where …"). */
const maxHeadWords = 4

/**
 * Whether the line is a noun phrase with a relative clause and no verb of
 * its own ("The islands where the ferry used to call."): it opens with "The",
 * "A" or "An", a relative word follows within a few words, and no auxiliary
 * stands anywhere. A label under a picture; a sentence of the story would
 * go on to a main verb ("… were sold").
 */
export function namesWithClause(tokens: readonly string[]): boolean {
  if (!/^(?:The|A|An)$/.test(tokens[0] ?? '')) return false
  const relative = tokens.findIndex((token, index) => index >= 2 && relativeWords.has(token))
  if (relative < 0 || relative > maxHeadWords + 1) return false
  if (tokens.slice(1, relative).some((token) => token === ',' || /(?:ed|ing)$/.test(token))) return false
  return !tokens.some((token) => auxiliaries.has(token.toLowerCase()) || /n['’]t$/i.test(token))
}

/** A name's word without the possessive: "Doe's" is "Doe". */
export function namePart(token: string): string {
  return token.replace(/['’]s$/, '')
}

/**
 * Whether the line tells how things stand now, in the present perfect or
 * the present progressive ("Jane Doe has been named …", "Jane Doe is
 * serving …"), rather than narrating what happened in the simple past: a
 * caption says what the photo's subject is or has become. Only the words
 * before a verb of speech or a "that" count: after them the tense is the
 * speaker's or a clause's own.
 */
export function tellsPresentState(tokens: readonly string[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // What follows a verb of speech or "that" is somebody's words or a clause of their own, not the line's verb.
    if (speakingNow.has(token) || token === 'that') return false
    const next = tokens[index + 1] ?? ''
    if ((token === 'has' || token === 'have') && (next === 'been' || /^\p{Ll}+(?:ed|en|wn)$/u.test(next))) return true
    if ((token === 'is' || token === 'are') && /^\p{Ll}{2,}ing$/u.test(next)) return true
  }
  return false
}

/**
 * Names of two or more capitalised words in the line, as `[full, last]`
 * pairs ("Former US president Jane Doe" gives `['Jane Doe', 'Doe']`): the
 * last two words of each run, words that open sentences left out.
 */
export function namesIn(tokens: readonly string[]): Array<readonly [pair: string, last: string]> {
  const names: Array<readonly [string, string]> = []
  let run: string[] = []
  const close = () => {
    if (run.length >= 2) names.push([`${run.at(-2)} ${run.at(-1)}`, run.at(-1)!])
    run = []
  }
  for (const token of tokens) {
    // A name's words: a capital then lower case ("Doe", "O'Neil"), not "FBI" nor "The".
    if (/^\p{Lu}\p{Ll}/u.test(token) && !(run.length === 0 && notName.has(token))) run.push(namePart(token))
    else close()
  }
  close()
  return names
}
