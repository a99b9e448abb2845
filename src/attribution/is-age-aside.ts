import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'

/**
 * Whether an appositive segment is a person's age (`Ruiz, 54, said`): one
 * number of up to three digits, with no other word (a closing mark may
 * follow). An age describes the speaker but is no role.
 *
 * @param tokens - The sentence's tokens.
 * @param range - The segment, between commas.
 *
 * @example
 *   isAgeAside(tokenize('Ruiz, 54, said'), {first: 2, last: 3}) // true
 */
export function isAgeAside(tokens: readonly Token[], range: TokenRange): boolean {
  let numbers = 0
  for (let index = range.first; index < range.last; index++) {
    const token = tokens[index]!
    if (!token.word) continue
    if (!/^\d{1,3}$/.test(token.text)) return false
    numbers++
  }
  return numbers === 1
}
