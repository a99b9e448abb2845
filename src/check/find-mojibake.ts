import type {Locator} from '../locate.js'
import {createMessage} from '../messages.js'
import type {Message} from '../types.js'

// UTF-8 bytes read one by one as Latin-1 or Windows-1252: "Ã©" for "é", "â€™" for "’", "Â " for a no-break space.
// A lead byte (Â, Ã, Å, Ä, â) followed by the character of a continuation byte (U+0080–U+00BF, or the
// Windows-1252 letters and marks at 0x80–0x9F) never happens in text written that way on purpose.
const windows1252Continuations = '\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178'
const mojibake = new RegExp(`[\u00c2\u00c3\u00c4\u00c5][\u0080-\u00bf${windows1252Continuations}]|\u00e2\u20ac[\u0080-\u00bf${windows1252Continuations}]`, 'g')

/**
 * A `mojibake` message when the input holds UTF-8 text that was decoded as
 * Latin-1 or Windows-1252 (`cafÃ©` for `café`, `donâ€™t` for `don’t`). The
 * words are read as they are; the message's place is the first such pair,
 * its reason says how many there are.
 *
 * @example
 *   findMojibake('The cafÃ© opened …', locator)?.ruleId // 'mojibake'
 */
export function findMojibake(input: string, locator: Locator): Message | undefined {
  const matches = [...input.matchAll(mojibake)]
  const first = matches[0]
  if (!first) return undefined
  const what = matches.length === 1 ? 'a pair of characters that looks' : `${matches.length} runs of characters that look`
  return createMessage(
    `The input holds ${what} like UTF-8 decoded as Latin-1 or Windows-1252 (“${first[0]}”); they are read as they are`,
    'mojibake',
    locator.position(first.index, first.index + first[0].length)
  )
}
