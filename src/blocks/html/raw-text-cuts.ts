import type {Locator} from '../../locate.js'
import type {RawText} from './find-raw-text.js'

/**
 * A page with the raw text of its scripts and styles taken out, and the way
 * back: where a point the HTML parser reports in the shorter text is in the
 * page.
 *
 * The parser reads raw text one character at a time, and on news pages
 * scripts and styles are half the markup; none of it is read as content, so
 * the parser is given the page without it and the tree builder puts each raw
 * text back as its element's only text node (see `parseTree`).
 *
 * A point after cut `k` moves by the characters cut up to `k`, by the line
 * breaks cut, and, on the line of the cut, by the columns cut. Line and
 * column are moved by differences, so a point keeps whatever line and
 * column the parser gave it.
 *
 * @example
 *   const cuts = new RawTextCuts(page, findRawText(page), createLocator(page))
 *   const cut = cuts.cutOf(offset)
 *   cuts.offset(cut, offset) // the page offset of `offset` in `cuts.text`
 */
export class RawTextCuts {
  /** The page without the raw texts. */
  readonly text: string
  /** The raw texts taken out, in page offsets, in order. */
  readonly bodies: readonly RawText[]
  /** Offset of each cut in {@link RawTextCuts.text}. */
  readonly at: readonly number[]
  /** Characters cut up to and with each cut. */
  readonly #offsets: number[] = []
  /** Line breaks cut up to and with each cut. */
  readonly #lines: number[] = []
  /** The line of each cut in the text. */
  readonly #line: number[] = []
  /** How many columns further a point on the line of each cut is in the page. */
  readonly #columns: number[] = []
  /** The cut {@link RawTextCuts.cutOf} found last. */
  #last = -1

  /**
   * @param input The page.
   * @param bodies Spans of the page to take out, in order, not overlapping, never empty.
   * @param locator The page's locator.
   */
  constructor(input: string, bodies: readonly RawText[], locator: Locator) {
    const pieces: string[] = []
    const at: number[] = []
    let kept = 0
    let cut = 0
    let lines = 0
    let lastLine = -1
    let lastColumns = 0
    for (const body of bodies) {
      const start = locator.point(body.start)
      const end = locator.point(body.end)
      pieces.push(input.slice(kept, body.start))
      kept = body.end
      at.push(body.start - cut)
      this.#line.push(start.line - lines)
      // The cut's column in the text: the page's, less what a cut before it on the same line took out.
      const column = start.column - (start.line === lastLine ? lastColumns : 0)
      cut += body.end - body.start
      lines += end.line - start.line
      lastLine = end.line
      lastColumns = end.column - column
      this.#offsets.push(cut)
      this.#lines.push(lines)
      this.#columns.push(lastColumns)
    }
    pieces.push(input.slice(kept))
    this.text = pieces.join('')
    this.bodies = bodies
    this.at = at
  }

  /**
   * The cut a point of the text at `offset` comes after, -1 when it comes
   * before the first. A point at a cut belongs to what follows it (the end
   * tag there), unless `before` (the start tag's end there).
   */
  cutOf(offset: number, before = false): number {
    const at = this.at
    // The parser reports points mostly in order: try the cut found last first.
    const last = this.#last
    if (last >= 0 && last < at.length && (before ? at[last]! < offset : at[last]! <= offset)) {
      const next = at[last + 1]
      if (next === undefined || (before ? next >= offset : next > offset)) return last
    }
    let low = 0
    let high = at.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (before ? at[middle]! < offset : at[middle]! <= offset) low = middle + 1
      else high = middle
    }
    this.#last = low - 1
    return low - 1
  }

  /** The page offset of a text offset that comes after `cut`. */
  offset(cut: number, offset: number): number {
    return cut < 0 ? offset : offset + this.#offsets[cut]!
  }

  /** The page line of a text line that comes after `cut`. */
  line(cut: number, line: number): number {
    return cut < 0 ? line : line + this.#lines[cut]!
  }

  /** The page column of a text point (on `line` of the text) that comes after `cut`. */
  column(cut: number, line: number, column: number): number {
    return cut < 0 || line !== this.#line[cut] ? column : column + this.#columns[cut]!
  }
}
