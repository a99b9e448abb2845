import type {Locator} from '../locate.js'
import {createMessage} from '../messages.js'
import type {Message} from '../types.js'

/** How much of the input is looked at (as git does, the start of a file tells binary from text). */
const sampleLength = 8192
/** NUL characters beyond this share of the sample: binary (executables and images are full of them; a text or page with a few stray ones is still read). */
const maximumNulShare = 0.01
/** Control characters (other than tab, line feed, form feed, carriage return) beyond this share: binary. */
const maximumControlShare = 0.05
/** Control and replacement characters together beyond this share: bytes that are no text in any encoding. */
const maximumUnreadableShare = 0.3

/**
 * A `fatal` `binary-input` message when the input is not text: an image, an
 * executable or an archive read as a string. Its start holds NUL characters,
 * many control characters, or mostly characters that could not be decoded
 * (U+FFFD). `undefined` for text, also for text with a few stray NULs.
 *
 * The message's place is the first such character.
 *
 * @example
 *   findBinary('\u007fELF\u0002\u0001\u0001\u0000\u0000\u0000…', locator)?.fatal // true
 */
export function findBinary(input: string, locator: Locator): Message | undefined {
  const sample = input.slice(0, sampleLength)
  let nuls = 0
  let controls = 0
  let replacements = 0
  let first = -1
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index)
    if (code === 0xfffd) replacements++
    else if (isControl(code)) {
      controls++
      if (code === 0) nuls++
    } else continue
    if (first < 0) first = index
  }
  const length = Math.max(1, sample.length)
  const binary = nuls > 1 && nuls / length > maximumNulShare || controls / length > maximumControlShare || (controls + replacements) / length > maximumUnreadableShare
  if (!binary) return undefined
  const what = nuls > 1 && nuls / length > maximumNulShare ? `${nuls} NUL characters` : `${controls + replacements} control or undecodable characters`
  return {
    ...createMessage(`The input is not text: its first ${sample.length} characters hold ${what}; nothing was read`, 'binary-input', locator.position(first, first + 1)),
    fatal: true
  }
}

/** A C0 control character other than tab, line feed, form feed and carriage return, or DEL, or a C1 control. */
function isControl(code: number): boolean {
  if (code < 0x20) return code !== 9 && code !== 10 && code !== 12 && code !== 13
  return code === 0x7f || (code >= 0x80 && code < 0xa0)
}
