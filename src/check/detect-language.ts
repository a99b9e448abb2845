import {languageWords, scriptLanguages} from '../lexicon/language-words.js'

/** What {@link detectLanguage} read. */
export interface LanguageGuess {
  /** A BCP 47 tag (`"en"`, `"de"`, `"und-Cyrl"`), or `"und"` when the text is too short or too mixed to tell. */
  readonly lang: string
  /** Whether the text reads as English, or is too short to tell (`lang` is then `"und"`). */
  readonly english: boolean
}

/** How much text is looked at, in UTF-16 code units: enough for a stable share, bounded for long inputs. */
const sampleLength = 6000
/** Fewer words than this and no language is told. */
const minimumWords = 20
/** Fewer letters than this in another script and no script is told. */
const minimumLetters = 40
/**
 * A language is told only when at least this share of the words are on its
 * list (of 30 words; `scripts/train/measure-language.ts` measured 0.06 with
 * them against 0.12 with lists of 60: more texts in the language told, no
 * English article read as another language).
 */
const minimumShare = 0.06
/** …and it beats English's share by this factor. */
const marginOverEnglish = 1.5

const languages = Object.keys(languageWords)
/** Each listed word → the indexes of the languages whose list has it. */
const listsOf = new Map<string, number[]>()
languages.forEach((lang, index) => {
  for (const word of new Set(languageWords[lang])) listsOf.set(word, [...(listsOf.get(word) ?? []), index])
})
const english = languages.indexOf('en')

/**
 * Tell the language of a text by its writing system and, for the Latin
 * script, by the share of its words that are among each language's most
 * frequent function words (`src/lexicon/language-words.ts`). Another language
 * is told only when the evidence is clear; a text that is short, mixed or in
 * a Latin-script language not on the lists reads as English (`english: true`),
 * so English-only stages run as before.
 *
 * @example
 *   detectLanguage('Die Regierung hat am Montag angekündigt, dass sie …').lang // 'de' (on a longer text)
 */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, sampleLength)
  const runs = sample.toLowerCase().match(/\p{L}+/gu) ?? []
  const words: string[] = []
  let others = 0
  for (const run of runs) {
    if (isLatin(run.charCodeAt(0))) words.push(run)
    else others += run.length
  }
  const latin = words.reduce((sum, word) => sum + word.length, 0)
  if (others >= minimumLetters && latin < others) return byScript(sample, others)

  if (words.length < minimumWords) return {lang: 'und', english: true}
  const counts = new Array<number>(languages.length).fill(0)
  for (const word of words) for (const index of listsOf.get(word) ?? []) counts[index]!++
  const share = (index: number) => counts[index]! / words.length
  let best = english
  counts.forEach((count, index) => {
    if (count > counts[best]!) best = index
  })
  const told = share(english) >= minimumShare ? 'en' : 'und'
  if (best === english) return {lang: told, english: true}
  if (share(best) >= minimumShare && share(best) >= share(english) * marginOverEnglish) return {lang: languages[best]!, english: false}
  return {lang: told, english: true}
}

/** Whether a letter is in the Latin script (Basic Latin to Latin Extended-B, IPA, Latin Extended Additional). */
function isLatin(code: number): boolean {
  return code < 0x2b0 || (code >= 0x1e00 && code < 0x1f00)
}

/** The language of a text written mostly in a script other than Latin. */
function byScript(sample: string, others: number): LanguageGuess {
  // Japanese mixes kana with Han: a fair share of kana tells it from Chinese.
  const counts = scriptLanguages.map(([pattern, lang]) => [lang, sample.match(pattern)?.length ?? 0] as const)
  const kana = counts.find(([lang]) => lang === 'ja')![1]
  if (kana >= others * 0.1) return {lang: 'ja', english: false}
  const [lang, count] = counts.reduce((top, entry) => (entry[1] > top[1] ? entry : top))
  return {lang: count >= others / 2 ? lang : 'und', english: false}
}
