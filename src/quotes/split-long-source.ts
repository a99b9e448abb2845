import type {SourceText} from '../blocks/source-text.js'

/**
 * The longest block, in UTF-16 code units, that the quote and entity stages
 * read whole. The longest paragraph of the development corpora is under 3,000
 * characters; a block of 64 K is a page that lost its line breaks or input made
 * to be odd. The stages hold one block's tokens at a time (an object per word
 * or mark), so this bounds their working set whatever the input.
 */
export const maxSourceLength = 65_536

const space = /\s/

/** Where to cut `text` at or before `limit`: after a sentence end or at white space in the piece's second half, else at `limit` (never inside a surrogate pair). */
function cutAt(text: string, from: number, limit: number): number {
  const end = from + limit
  const half = from + (limit >> 1)
  let blank = -1
  for (let index = end - 1; index > half; index--) {
    const char = text[index]!
    if (!space.test(char)) continue
    const before = text[index - 1]
    if (before === '.' || before === '!' || before === '?') return index + 1
    if (blank < 0) blank = index + 1
  }
  if (blank > 0) return blank
  const code = text.charCodeAt(end - 1)
  return code >= 0xd800 && code <= 0xdbff && end - 1 > from ? end - 1 : end
}

/**
 * A block no longer than `limit` as it is; a longer one as consecutive pieces
 * of at most `limit` code units, each cut after a sentence end or at white
 * space when its second half has one. Each piece maps its offsets through the
 * block's own map, so positions stay exact.
 *
 * @param source A block's text with its map into the input.
 * @param limit The longest piece (a piece is one longer only where a surrogate pair would be split at a limit of 1).
 * @example
 *   splitLongSource(sliceSource('One two. Three four.', 10), 12).map((piece) => piece.text)
 *   // ['One two. ', 'Three four.']
 */
export function splitLongSource(source: SourceText, limit = maxSourceLength): SourceText[] {
  const {text} = source
  if (text.length <= limit) return [source]
  const pieces: SourceText[] = []
  let from = 0
  while (from < text.length) {
    const to = text.length - from <= limit ? text.length : cutAt(text, from, limit)
    const start = from
    pieces.push({text: text.slice(start, to), offsetAt: (index) => source.offsetAt(start + index)})
    from = to
  }
  return pieces
}
