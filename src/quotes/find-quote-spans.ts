import {isApostrophe} from './is-apostrophe.js'
import {type MarkFamily, quoteMark} from './quote-marks.js'

/** A top-level quotation in one block of text, as offsets into that text. */
export interface QuoteSpan {
  /** Index of the opening mark; `-1` when the quote has none (it starts with the block, or its mark was dropped). */
  readonly open: number
  /** Index of the closing mark; `-1` when the quote is not closed in the block. */
  readonly close: number
  /** Start of the quoted words (after the mark and any white space). */
  readonly start: number
  /** End of the quoted words (before the closing mark and any white space). */
  readonly end: number
  /** The family of the enclosing marks. */
  readonly family: MarkFamily
}

/** How far a top-level single quote may run before its closing mark, in characters. */
const singleReach = 600

const space = /\s/
const opener = /[\s([{—–\-/“‘"'«]/
const closer = /[\s.,;:!?)\]}—–\-/”’"'»]/

/**
 * Find the top-level quotations of one block: curly, straight and guillemet
 * marks, a straight opening mark closed by a curly one, single quotes nested
 * in double ones, apostrophes left alone. A quote still open at the end of the
 * block is returned with `close: -1`; a closing mark with no opening one
 * before it, as the first mark of the block, gives a quote from the block's
 * start (`open: -1`); after a closed quote, one from the start of the next
 * sentence (`open: -1` too: its opening mark was dropped). Linear in the
 * length of the text.
 *
 * @example
 *   findQuoteSpans('“We stay,” she said.') // [{open: 0, close: 9, start: 1, end: 9, family: 'double'}]
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  const stack: {index: number; family: MarkFamily}[] = []
  // How far a failed search for the sentence after a quote (the one closing at `after`) has read.
  let scanned = {after: -2, upTo: 0}
  // How many marks of each family are open, so that lookups stay constant-time.
  const open: Record<MarkFamily, number> = {double: 0, single: 0, guillemet: 0}
  const push = (index: number, family: MarkFamily) => {
    stack.push({index, family})
    open[family]++
  }
  const pop = () => {
    const entry = stack.pop()!
    open[entry.family]--
    return entry
  }

  for (let index = 0; index < text.length; index++) {
    const info = quoteMark(text[index])
    if (!info) continue
    const before = text[index - 1]
    const after = text[index + 1]
    const leftOpen = before === undefined || opener.test(before)
    const rightOpen = after === undefined || closer.test(after)

    if (info.family === 'single') {
      if (isApostrophe(text, index)) continue
      const top = stack.at(-1)
      if (info.role !== 'open' && top?.family === 'single' && before !== undefined && !space.test(before)) {
        pop()
        if (stack.length === 0) record(top.index, index, 'single')
        continue
      }
      if (info.role !== 'close' && leftOpen && !rightOpen) {
        if (stack.length > 0 || hasSingleCloser(text, index + 1)) push(index, 'single')
      }
      continue
    }

    let role = info.role
    if (role === 'either') {
      const inside = open[info.family] > 0
      if (inside) role = leftOpen && !rightOpen && stack.at(-1)?.family !== info.family ? 'open' : 'close'
      else role = rightOpen && !leftOpen ? 'close' : 'open'
      // An inch mark (6" pipe) is no quote.
      if (!inside && before !== undefined && /\d/.test(before) && rightOpen) continue
    }

    if (role === 'open') {
      push(index, info.family)
      continue
    }

    if (open[info.family] === 0) {
      // A closing mark with nothing open: the quote ran from the block's start.
      if (stack.length === 0 && !(before !== undefined && /\d/.test(before))) {
        const previous = spans.at(-1)
        if (!previous) record(-1, index, info.family)
        else if (previous.close !== -1) {
          // `“A,” she said. B C.”`: the opening mark of B was dropped; the quote opens with the next sentence.
          // A stray closing mark after a failed search resumes it, so a run of them stays linear.
          const from = scanned.after === previous.close ? scanned.upTo : previous.close + 1
          const found = nextSentence(text, from, index)
          if (found.start === -1) scanned = {after: previous.close, upTo: found.resume}
          else record(-1, index, info.family, found.start)
        }
      }
      continue
    }
    let entry = pop()
    while (entry.family !== info.family) entry = pop()
    if (stack.length === 0) record(entry.index, index, info.family)
  }

  const bottom = stack[0]
  if (bottom && bottom.family !== 'single') record(bottom.index, -1, bottom.family)
  return spans

  function record(open: number, close: number, family: MarkFamily, from = open + 1) {
    let start = from
    let end = close === -1 ? text.length : close
    while (start < end && space.test(text[start]!)) start++
    while (end > start && space.test(text[end - 1]!)) end--
    if (end > start) spans.push({open, close, start, end, family})
  }
}

/**
 * Where the first sentence after `from` (and before `to`) starts, or `-1`:
 * past `.`, `!` or `?` and white space, at a capital; with where a search
 * from the same place up to a farther `to` may resume (`resume`).
 */
function nextSentence(text: string, from: number, to: number): {start: number; resume: number} {
  for (let index = from; index < to - 2; index++) {
    const char = text[index]
    if ((char === '.' || char === '!' || char === '?') && space.test(text[index + 1]!)) {
      let start = index + 1
      while (start < to && space.test(text[start]!)) start++
      // White space up to `to`: a later, farther `to` may find the sentence here.
      if (start === to) return {start: -1, resume: index}
      if (/\p{Lu}/u.test(text[start]!)) return {start, resume: index}
    }
  }
  return {start: -1, resume: Math.max(from, to - 2)}
}

/** Whether a closing single mark follows `from` within reach (for a top-level single quote). */
function hasSingleCloser(text: string, from: number): boolean {
  const stop = Math.min(text.length, from + singleReach)
  for (let index = from; index < stop; index++) {
    const char = text[index]
    if (char === '“' || char === '”' || char === '"' || char === '\n') return false
    if ((char === '’' || char === "'") && !isApostrophe(text, index)) {
      const before = text[index - 1]
      const after = text[index + 1]
      if (before !== undefined && !space.test(before) && (after === undefined || closer.test(after))) return true
    }
  }
  return false
}
