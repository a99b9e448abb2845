import {createMessage} from '../messages.js'
import type {InputFormat, Message} from '../types.js'
import {detectFormat, type ConcreteFormat} from './detect-format.js'
import type {MarkupReaders} from './read-markup.js'

/** The format an input is read in, and why it differs from the one detected. */
export interface PickedFormat {
  /** The format to read the input in. */
  readonly format: ConcreteFormat
  /** A `reader-not-loaded` message when `auto` found markup the entry cannot read. */
  readonly message?: Message
}

const names = {html: 'HTML', markdown: 'Markdown'} as const

/**
 * Decide the format to read an input in, among the readers an entry brings.
 * `auto` detects the format; markup of a kind the entry has no reader for is
 * read as plain text with a `reader-not-loaded` message (odd content never
 * throws). Asking for such a format by name is a caller's mistake.
 *
 * @throws {TypeError} When `format` names a format the entry has no reader for.
 * @example
 *   pickFormat('# Title\n\nBody.', 'auto', {entry: 'news-anatomy/text'}).format // 'text', with a message
 */
export function pickFormat(input: string, format: InputFormat, readers: MarkupReaders): PickedFormat {
  if (format === 'text') return {format}
  if (format !== 'auto') {
    if (readers[format]) return {format}
    throw new TypeError(
      `news-anatomy: ${readers.entry} does not read ${names[format]}; import parseArticle from "news-anatomy/${format}" or "news-anatomy" for \`format: '${format}'\``
    )
  }
  const detected = detectFormat(input)
  if (detected === 'text' || readers[detected]) return {format: detected}
  return {
    format: 'text',
    message: createMessage(
      `The input looks like ${names[detected]}, which ${readers.entry} does not read; it was read as plain text (import from "news-anatomy/${detected}" or "news-anatomy" to read it)`,
      'reader-not-loaded'
    )
  }
}
