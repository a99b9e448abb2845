/**
 * Whether an ASCII character code is a letter or a digit (`A`–`Z`, `a`–`z`,
 * `0`–`9`): the fast path of the word tests, which read most of any text
 * without a Unicode pattern and leave only other characters to one.
 *
 * @example
 *   isAsciiWordCode(0x41) // true ("A")
 *   isAsciiWordCode(0x2d) // false ("-")
 */
export function isAsciiWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
}
