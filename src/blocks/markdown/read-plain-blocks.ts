import type {Locator} from '../../locate.js'
import {createMessage} from '../../messages.js'
import {assembleArticle, placed, type MarkedArticle, type PlacedText} from '../html/assemble-article.js'
import type {StoryBlock} from '../html/collect-blocks.js'
import {createMappedTextBuilder, type MappedText} from '../mapped-text.js'
import type {MarkdownRisk} from './markdown-risk.js'

/**
 * Read Markdown that micromark cannot read in linear time as plain blocks:
 * each run of non-blank lines is one paragraph, marks kept as written, white
 * space collapsed; a first block opening with `#` is the headline. Linear;
 * every character keeps its input offset. A `markdown-read-as-text` message
 * says why, where the risky shape is.
 */
export function readPlainBlocks(input: string, locator: Locator, risk: MarkdownRisk): MarkedArticle {
  const blocks: StoryBlock[] = []
  let headline: PlacedText | undefined
  let start = -1
  let index = 0
  const flush = (end: number): void => {
    if (start < 0) return
    const text = mapped(input, start, end)
    start = -1
    if (!text.text) return
    if (!headline && blocks.length === 0 && /^#{1,6}[ \t]/.test(input.slice(text.start, text.start + 8))) {
      let lineEnd = text.start
      while (lineEnd < end && input.charCodeAt(lineEnd) !== 10 && input.charCodeAt(lineEnd) !== 13) lineEnd++
      const heading = headingText(input, text.start, lineEnd)
      if (heading.text) {
        headline = placed(heading)
        const rest = mapped(input, lineEnd, end)
        if (rest.text) blocks.push({kind: 'paragraph', text: rest})
        return
      }
    }
    blocks.push({kind: 'paragraph', text})
  }
  while (index <= input.length) {
    let end = index
    while (end < input.length && input.charCodeAt(end) !== 10 && input.charCodeAt(end) !== 13) end++
    if (input.slice(index, end).trim() === '') flush(index)
    else if (start < 0) start = index
    index = end + (input.charCodeAt(end) === 13 && input.charCodeAt(end + 1) === 10 ? 2 : 1)
  }
  flush(input.length)
  const article = assembleArticle({...(headline ? {headline} : {}), blocks}, locator)
  const place = locator.position(risk.offset, risk.offset)
  article.structure.messages.push(createMessage(`Read the Markdown as plain text: ${risk.reason}`, 'markdown-read-as-text', place))
  return article
}

/** `input.slice(start, end)` with white space collapsed, each character at its offset. */
function mapped(input: string, start: number, end: number): MappedText {
  const builder = createMappedTextBuilder(start)
  for (let index = start; index < end; index++) {
    const char = input.charAt(index)
    if (/\s/.test(char)) builder.boundary(index)
    else builder.push(char, index, index + 1)
  }
  return builder.finish()
}

/** A heading line after its `#` marks (and before closing ones). */
function headingText(input: string, start: number, lineEnd: number): MappedText {
  let from = start
  while (from < lineEnd && input.charCodeAt(from) === 35) from++
  let to = lineEnd
  while (to > from && /[\s#]/.test(input.charAt(to - 1))) to--
  return mapped(input, from, to)
}
