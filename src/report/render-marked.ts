/**
 * A span of the input to wrap in an element. Spans may overlap in any way;
 * {@link renderMarked} nests them by `rank` (lower ranks outside), splitting a
 * span into fragments where another one crosses it.
 */
export interface Mark {
  /** First offset covered (UTF-16, 0-based). */
  readonly start: number
  /** First offset after the span. */
  readonly end: number
  /** Nesting order: lower ranks always enclose higher ones. */
  readonly rank: number
  /** Whether the mark is a block (its whitespace-only gaps around it are dropped). */
  readonly block?: boolean
  /** The element name, `span` when absent. */
  readonly tag?: string
  /** The attributes of the first fragment, already escaped (`' class="q" id="q-1"'`). */
  readonly attributes: string
  /** The attributes of every later fragment (default: `attributes` without its `id`). */
  readonly laterAttributes?: string
  /** Markup put at the end of the first fragment, inside it (a tooltip). */
  readonly tail?: string
}

/**
 * How to write one stretch of input text, given whether a block mark encloses
 * it. Returns escaped HTML (possibly empty, to drop the stretch).
 */
export type TextWriter = (text: string, inBlock: boolean) => string

/**
 * Write `source` as HTML with every mark wrapped around the text it covers,
 * built from the sorted boundaries of all marks: between two boundaries the
 * set of covering marks is fixed, and the elements open are made to match it
 * (closing and re-opening where spans cross). Elements open lazily, so a
 * stretch the writer drops leaves no empty elements behind.
 *
 * @param source The input the marks' offsets point into.
 * @param marks The spans; out-of-range offsets are clamped, empty spans ignored.
 * @param writeText Escapes (and may drop or shorten) each stretch of text.
 * @returns The HTML.
 */
export function renderMarked(source: string, marks: readonly Mark[], writeText: TextWriter): string {
  const length = source.length
  const spans = marks
    .map((mark, order) => ({mark, order, start: clamp(mark.start, length), end: clamp(mark.end, length), fragments: 0}))
    .filter((span) => span.end > span.start)
  const boundaries = [...new Set([0, length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b)
  const byStart = [...spans].sort((a, b) => a.start - b.start)
  type Span = (typeof spans)[number]
  const compare = (a: Span, b: Span) => a.mark.rank - b.mark.rank || a.start - b.start || b.end - a.end || a.order - b.order

  let active: Span[] = []
  const open: Span[] = []
  let html = ''
  let next = 0
  const closeTo = (depth: number) => {
    while (open.length > depth) {
      const span = open.pop()!
      html += `${span.fragments === 1 ? (span.mark.tail ?? '') : ''}</${span.mark.tag ?? 'span'}>`
    }
  }

  for (let index = 0; index < boundaries.length - 1; index++) {
    const from = boundaries[index]!
    const to = boundaries[index + 1]!
    active = active.filter((span) => span.end > from)
    while (next < byStart.length && byStart[next]!.start <= from) active.push(byStart[next++]!)
    active.sort(compare)
    const text = writeText(source.slice(from, to), active.some((span) => span.mark.block))
    if (text === '') continue
    let shared = 0
    while (shared < open.length && shared < active.length && open[shared] === active[shared]) shared++
    closeTo(shared)
    for (const span of active.slice(shared)) {
      span.fragments++
      const attributes = span.fragments === 1 ? span.mark.attributes : (span.mark.laterAttributes ?? span.mark.attributes.replace(/ id="[^"]*"/, ''))
      html += `<${span.mark.tag ?? 'span'}${attributes}>`
      open.push(span)
    }
    html += text
  }
  closeTo(0)
  return html
}

function clamp(offset: number, length: number): number {
  return Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), length) : 0
}
