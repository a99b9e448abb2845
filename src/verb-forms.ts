/** A verb's forms: base, third person singular, past (also the past participle), gerund. */
export type VerbForms = readonly [base: string, third: string, past: string, gerund: string]

/** One syllable ending in one vowel and one consonant doubles it: "quip" → "quipped", "chat" → "chatting". */
const doublesLast = /^[^aeiou]*[aeiou][^aeiouwxy]$/

/**
 * The forms of an English verb: a row that spells them out (an irregular
 * verb, or one whose stress doubles a consonant) is kept as it is; a base
 * form alone is inflected by the regular rules ("-es" after a sibilant,
 * "y" → "ies"/"ied", a silent "e" dropped before "-ing", the last consonant
 * of a one-syllable verb doubled).
 *
 * @example
 *   verbForms('urge') // ['urge', 'urges', 'urged', 'urging']
 *   verbForms('reply') // ['reply', 'replies', 'replied', 'replying']
 *   verbForms(['say', 'says', 'said', 'saying']) // as given
 */
export function verbForms(row: string | VerbForms): VerbForms {
  if (typeof row !== 'string') return row
  const base = row
  const consonantY = /[^aeiou]y$/.test(base)
  const doubled = doublesLast.test(base) ? base + base.at(-1) : base
  const third = /(?:s|x|z|ch|sh)$/.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`
  const past = base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${doubled}ed`
  const gerund = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${doubled}ing`
  return [base, third, past, gerund]
}
