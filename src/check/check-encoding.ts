import type {Locator} from '../locate.js'
import type {Message} from '../types.js'
import {findMojibake} from './find-mojibake.js'
import {findReplacementCharacters} from './find-replacement-characters.js'

/**
 * What the encoding checks find in a text input: U+FFFD replacement
 * characters (`replacement-character`) and UTF-8 decoded as Latin-1
 * (`mojibake`). Neither stops the parse.
 */
export function checkEncoding(input: string, locator: Locator): Message[] {
  return [findReplacementCharacters(input, locator), findMojibake(input, locator)].filter((message) => message !== undefined)
}
