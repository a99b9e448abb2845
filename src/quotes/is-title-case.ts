import type {Token} from '../attribution/tokenize.js'

/** Whether a line is written in title case (a headline): most words capitalised. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let all = 0
  let capital = 0
  for (const token of tokens) {
    if (!token.word || token.text.length <= 3) continue
    all++
    if (token.capital) capital++
  }
  return all >= 3 && capital / all > 0.75
}
