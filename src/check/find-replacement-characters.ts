import type {Locator} from '../locate.js'
import {createMessage} from '../messages.js'
import type {Message} from '../types.js'

/**
 * A `replacement-character` message when the input holds U+FFFD
 * REPLACEMENT CHARACTER: bytes that were not valid in the encoding the text
 * was decoded with, most often Latin-1 or Windows-1252 text read as UTF-8
 * (`caf�` for `café`). The words around them are read as they are; the
 * message's place is the first one, its reason says how many there are.
 *
 * @example
 *   findReplacementCharacters('Caf\ufffd owners said …', locator)?.ruleId // 'replacement-character'
 */
export function findReplacementCharacters(input: string, locator: Locator): Message | undefined {
  const first = input.indexOf('\ufffd')
  if (first < 0) return undefined
  let count = 0
  for (let index = first; index >= 0; index = input.indexOf('\ufffd', index + 1)) count++
  const what = count === 1 ? 'a U+FFFD replacement character' : `${count} U+FFFD replacement characters`
  return createMessage(
    `The input holds ${what}: some bytes were lost in decoding (was Latin-1 or Windows-1252 text read as UTF-8?)`,
    'replacement-character',
    locator.position(first, first + 1)
  )
}
