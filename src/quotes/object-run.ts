import type {Token} from '../attribution/tokenize.js'

/** Where a verb's object ends, and how many of its words stand outside quotation marks. */
export interface ObjectRun {
  /** Token index after the object (trailing marks outside quotation marks left out). */
  readonly last: number
  /** How many of the object's words stand outside quotation marks. */
  readonly outside: number
}

/**
 * The run of a speech verb's object from `first`: to the first comma,
 * semicolon or colon outside quotation marks, to `end`, or to a token where
 * `stops` says the object ends (`condemned the vandalism and promised …`),
 * with the marks at its end outside quotation marks left out.
 *
 * @param tokens - The sentence's tokens.
 * @param first - The object's first token.
 * @param end - Token index where the reported words must end.
 * @param quoted - Whether an offset lies inside quotation marks.
 * @param stops - Whether the object ends before the token at an index past `first`.
 *
 * @example
 *   const tokens = tokenize('criticized the new budget, then left')
 *   objectRun(tokens, 1, 7, () => false) // {last: 4, outside: 3}
 */
export function objectRun(tokens: readonly Token[], first: number, end: number, quoted: (offset: number) => boolean, stops: (index: number) => boolean = () => false): ObjectRun {
  let last = first
  let outside = 0
  while (last < end) {
    const token = tokens[last]!
    const inside = quoted(token.start)
    if (!inside && (token.text === ',' || token.text === ';' || token.text === ':')) break
    if (!inside && last > first && stops(last)) break
    if (token.word && !inside) outside++
    last++
  }
  while (last > first && !tokens[last - 1]!.word && !quoted(tokens[last - 1]!.start)) last--
  return {last, outside}
}
