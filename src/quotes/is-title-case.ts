import type {Token} from '../attribution/tokenize.js'

/** Whether a line is written in title case (a headline): most words capitalised. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const all = tokens.filter((token) => token.word && token.text.length > 3)
  return all.length >= 3 && all.filter((token) => token.capital).length / all.length > 0.75
}
