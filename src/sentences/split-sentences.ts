import type {Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'

/** A sentence as `[start, end)` offsets into the text that was split. */
export type SentenceSpan = readonly [start: number, end: number]

let parser: ParseEnglish | undefined

/**
 * Longest stretch, in characters, handed to `parse-english` at once. It
 * merges word parts by splicing its token array, which is quadratic in a
 * sentence's length, so a paragraph longer than this (far longer than any
 * real sentence) is read in pieces cut between sentences where it can be.
 */
const maxPiece = 10_000

/**
 * A paragraph that is one sentence: no line break, no sentence mark but the
 * last ones (closing quotes and spaces may follow), and none of the
 * characters the parser and JavaScript disagree on as white space (U+0085 is
 * the parser's, U+FEFF JavaScript's). Half of a story's paragraphs are, and
 * `parse-english` reads them as the text trimmed. Linear: a mark ends the
 * first run.
 */
const oneSentence = /^[^\n\r\x85\uFEFF.!?\u2026\u203D]*(?:[.!?]+["'”’ ]*)?$/

/**
 * Split one paragraph into sentences with `parse-english`, which knows
 * English abbreviations ("U.S.", "Jan.", "Mr.") and keeps quotes whole.
 *
 * Returns offsets relative to `text`, trimmed of white space.
 */
export function splitSentences(text: string): SentenceSpan[] {
  if (text.length <= maxPiece && oneSentence.test(text)) {
    const end = text.trimEnd().length
    return end ? [[end - text.trim().length, end]] : []
  }
  parser ??= new ParseEnglish()
  const spans: SentenceSpan[] = []
  for (let start = 0; start < text.length; ) {
    const end = pieceEnd(text, start)
    const paragraph = parser.tokenizeParagraph(text.slice(start, end))
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      const span = spanOf(child)
      if (span) spans.push([start + span[0], start + span[1]])
    }
    start = end
  }
  return spans
}

/** Where the piece of `text` that begins at `start` ends: after a sentence's last mark and its space, else at a space, else at `maxPiece`. */
function pieceEnd(text: string, start: number): number {
  if (text.length - start <= maxPiece) return text.length
  const piece = text.slice(start, start + maxPiece)
  let space = -1
  for (let index = piece.length - 1; index > maxPiece / 2; index--) {
    if (!/\s/.test(piece[index]!)) continue
    if (/[.!?]/.test(piece[index - 1]!)) return start + index + 1
    if (space === -1) space = index + 1
  }
  if (space !== -1) return start + space
  // Never cut a surrogate pair in two.
  const cut = start + maxPiece
  return /[\uD800-\uDBFF]/.test(text[cut - 1]!) ? cut - 1 : cut
}

function spanOf(sentence: Sentence): SentenceSpan | undefined {
  const first = sentence.children.find((node) => node.type !== 'WhiteSpaceNode')
  const last = sentence.children.findLast((node) => node.type !== 'WhiteSpaceNode')
  const start = first?.position?.start.offset
  const end = last?.position?.end.offset
  return start === undefined || end === undefined || end <= start ? undefined : [start, end]
}
