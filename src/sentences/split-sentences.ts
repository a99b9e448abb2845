import type {Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'

/** A sentence as `[start, end)` offsets into the text that was split. */
export type SentenceSpan = readonly [start: number, end: number]

let parser: ParseEnglish | undefined

/**
 * Split one paragraph into sentences with `parse-english`, which knows
 * English abbreviations ("U.S.", "Jan.", "Mr.") and keeps quotes whole.
 *
 * Returns offsets relative to `text`, trimmed of white space.
 */
export function splitSentences(text: string): SentenceSpan[] {
  parser ??= new ParseEnglish()
  const paragraph = parser.tokenizeParagraph(text)
  const spans: SentenceSpan[] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') continue
    const span = spanOf(child)
    if (span) spans.push(span)
  }
  return spans
}

function spanOf(sentence: Sentence): SentenceSpan | undefined {
  const first = sentence.children.find((node) => node.type !== 'WhiteSpaceNode')
  const last = sentence.children.findLast((node) => node.type !== 'WhiteSpaceNode')
  const start = first?.position?.start.offset
  const end = last?.position?.end.offset
  return start === undefined || end === undefined || end <= start ? undefined : [start, end]
}
