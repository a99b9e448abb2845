import type {Cue} from '../attribution/cue-words.js'
import type {Token} from '../attribution/tokenize.js'
import {determinersSet} from '../attribution/word-sets.js'
import {namingVerbForms} from '../lexicon/cue-verbs.js'
import {articlesAndPossessives} from '../lexicon/speaker-phrase-words.js'

const possessives = new Set(articlesAndPossessives)

const bases = new Map<string, string>()
for (const forms of namingVerbForms) for (const form of forms) bases.set(form, forms[0]!)

/**
 * A naming verb at `index` as the cue of the quotation it names: `Lee
 * labelled it a “blueprint for disaster”`, `dubbed the plan “a disgrace”`.
 * Weak, like "called": it names its speaker only right before the quotation.
 * Lower case only, and never after a determiner (`the label`); an -ing form
 * is a gerund.
 *
 * @param tokens - The sentence's tokens.
 * @param index - The token to read.
 *
 * @example
 *   const tokens = tokenize('Lee labelled it a “blueprint”.')
 *   namingCue(tokens, 1)?.base // 'label'
 */
export function namingCue(tokens: readonly Token[], index: number): Cue | undefined {
  const token = tokens[index]
  if (!token?.word || token.capital) return undefined
  const base = bases.get(token.lower)
  if (!base) return undefined
  // "the label", "its brand": after a determiner the word is a noun.
  const previous = tokens[index - 1]
  if (previous?.word && (determinersSet.has(previous.lower) || possessives.has(previous.lower))) return undefined
  return {base, first: index, last: index + 1, gerund: token.lower.endsWith('ing'), weak: true, addressee: false, phrase: false}
}
