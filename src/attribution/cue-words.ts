import {addresseeVerbs, cuePhrases, cueVerbs, nounLikeCueVerbs, weakCueVerbs} from '../lexicon/cue-verbs.js'
import {verbForms} from '../verb-forms.js'
import {determiners} from '../lexicon/function-words.js'
import {articlesAndPossessives, negations, nounLeads, passiveLeads, progressiveAuxiliaries, verbSubjects} from '../lexicon/speaker-phrase-words.js'
import {speakerTitles} from '../lexicon/speaker-titles.js'
import type {Token} from './tokenize.js'

/** A cue found among tokens: a speech verb or a phrase like "according to". */
export interface Cue {
  /** The verb's base form (`say`), or the phrase (`according to`). */
  readonly base: string
  /** Index of the cue's first token. */
  readonly first: number
  /** Index after the cue's last token. */
  readonly last: number
  /** Whether the form is a gerund (`saying`): its speaker is the clause's subject. */
  readonly gerund: boolean
  /** Whether the verb reports speech only in some uses (see `weakCueVerbs`). */
  readonly weak: boolean
  /** Whether the verb's object is the person addressed (`told VOA`). */
  readonly addressee: boolean
  /** Whether this is a phrase that puts the speaker after it (`according to X`). */
  readonly phrase: boolean
}

const forms = new Map<string, {base: string; gerund: boolean}>()
const cueVerbForms = cueVerbs.map(verbForms)
for (const [base, third, past, gerund] of cueVerbForms) {
  forms.set(base, {base, gerund: false})
  forms.set(third, {base, gerund: false})
  forms.set(past, {base, gerund: false})
  forms.set(gerund, {base, gerund: true})
}
const weak = new Set(weakCueVerbs)
const nounLike = new Set(nounLikeCueVerbs)
const pastOf = new Map(cueVerbForms.map(([base, , past]) => [base, past]))
const addressed = new Set(addresseeVerbs)
const passive = new Set(passiveLeads)
const nounLead = new Set(nounLeads)
const subjects = new Set([...verbSubjects, ...negations])
const progressive = new Set(progressiveAuxiliaries)
/** Determiners that open a noun phrase ("a Senate report", "Some remarks"); "the" is left out, as "The Harbour Trust reports that …" is a verb. */
const nounOpeners = new Set([...articlesAndPossessives, ...determiners.filter((word) => word !== 'the')])
/** Endings of capitalised adjectives (`Democratic`, `Southern`, `Republican`, `British`). */
const adjectival = /(?:ic|ern|an|ese|ish)$/
/** Noun leads that are also speakers' titles (`official`): `a senior official said` is a subject and its verb. */
const titleLeads = new Set(nounLeads.filter((word) => speakerTitles.includes(word)))

/**
 * The cue starting at `tokens[index]`, or `undefined`. A verb form counts
 * unless it reads as a noun (after "the", "a", "his"), as a passive or an
 * infinitive (after "was", "to"), or is capitalised mid-sentence outside a
 * title-case line ("United States").
 *
 * @example
 *   cueAt(tokenize('she said'), 1)?.base // 'say'
 */
export function cueAt(tokens: readonly Token[], index: number, titleCase = false): Cue | undefined {
  const token = tokens[index]
  if (!token || !token.word) return undefined
  for (const phrase of cuePhrases) {
    if (phrase.every((word, offset) => tokens[index + offset]?.lower === word)) {
      return {base: phrase.join(' '), first: index, last: index + phrase.length, gerund: false, weak: false, addressee: false, phrase: true}
    }
  }
  let form = forms.get(token.lower)
  if (!form) return undefined
  const previous = tokens[index - 1]
  // "he was quoted as saying": a finite report, whose speaker is the passive's subject.
  if (form.gerund && isQuotedAs(tokens, index)) form = {...form, gerund: false}
  if (token.capital && !titleCase && previous && previous.word) return undefined
  // "Lee is calling for …", "she was saying", "Lee, who won, is calling …": a progressive is a finite report, the auxiliary part of its cue.
  if (form.gerund && previous && progressive.has(previous.lower) && !previous.capital && index >= 2 && (tokens[index - 2]!.word || tokens[index - 2]!.text === ',')) {
    return {base: form.base, first: index - 1, last: index + 1, gerund: false, weak: weak.has(form.base), addressee: addressed.has(form.base), phrase: false}
  }
  // "Ada Last said": a capitalised word inside a name is no determiner ("That said" still is).
  const inName = previous?.capital === true && tokens[index - 2]?.word === true && tokens[index - 2]!.capital
  // "the official statement" is a noun; "a senior official said" is a subject and its verb.
  const titleSubject = previous !== undefined && titleLeads.has(previous.lower) && !nounLike.has(form.base) && tokens[index - 2]?.word === true
  if (previous && !inName && !titleSubject && (passive.has(previous.lower) || nounLead.has(previous.lower))) {
    if (!(previous.lower === 'to' && form.gerund)) return undefined
  }
  if (previous && (previous.lower.endsWith('’s') || previous.lower.endsWith("'s")) && previous.capital) return undefined
  // "to formally respond"
  if (previous && previous.lower.endsWith('ly') && tokens[index - 2]?.lower === 'to') return undefined
  // "a U.N. report", "the government claim": the base and -s forms of verbs that are also nouns
  // count only after a pronoun, a negation or a plural subject ("they report", "did not mention", "officials claim").
  if (nounLike.has(form.base) && !form.gerund && token.lower !== pastOf.get(form.base)) {
    const subject = previous?.lower ?? ''
    const pronoun = subjects.has(subject)
    // A plural subject ends in -s; a possessive ("the minister’s claim") does not make one.
    // "caucus", "census", "class": a singular in -us or -ss is no plural subject ("the caucus states").
    const plural = /[^'’]s$/.test(subject) && !/(?:us|ss)$/.test(subject) && !previous?.capital
    if (!pronoun && !plural && !(titleCase && previous?.capital) && !isNamedSubject(tokens, index)) return undefined
  }
  return {
    base: form.base,
    first: index,
    last: index + 1,
    gerund: form.gerund,
    weak: weak.has(form.base),
    addressee: addressed.has(form.base),
    phrase: false
  }
}

/**
 * "Reyes calls for …", "Ana Reyes claims that …": an -s form right after a
 * capitalised name is the name's verb, unless a determiner other than "the"
 * opens the name ("a Senate report", "his Senate reports", "Some remarks": a noun).
 */
function isNamedSubject(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  // "Western states", "Republican claims": after a word for a region or party, "states" and the like are plural nouns.
  if (!token.lower.endsWith('s') || token.lower === 'states') return false
  let first = index - 1
  if (!tokens[first]?.capital || !tokens[first]!.word || /['’]s?$/.test(tokens[first]!.text) || adjectival.test(tokens[first]!.lower)) return false
  while (first > 0 && tokens[first - 1]!.capital && tokens[first - 1]!.word) first--
  // The opener may be the run's own first word at a sentence's start ("Some remarks", "His reports").
  for (let at = first - 1; at < index; at++) if (nounOpeners.has(tokens[at]?.lower ?? '')) return false
  return true
}

/** Whether the gerund at `index` follows "quoted as" ("he was quoted as saying"). */
export function isQuotedAs(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.lower === 'as' && tokens[index - 2]?.lower === 'quoted'
}
