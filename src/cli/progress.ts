import type {Writable} from 'node:stream'

/** Progress of a batch, and a way to print lines without breaking the bar. */
export interface Progress {
  /** One more input done; `failed` counts failures so far. */
  tick(failed: number): void
  /** Print a line on stderr (above the bar, when there is one). */
  log(line: string): void
  /** Remove the bar. */
  stop(): void
  /** Whether a bar is drawn. */
  readonly drawn: boolean
}

/** The error stream as the bar sees it: a terminal has `isTTY` and `columns`. */
export type ProgressStream = Writable & {readonly isTTY?: boolean; readonly columns?: number}

/** When to draw the bar. */
export interface ProgressOptions {
  /** `--quiet`: never draw it. */
  readonly quiet: boolean
  /** The environment, for `TERM`. */
  readonly env: Readonly<Record<string, string | undefined>>
}

/**
 * A one-line progress bar on stderr when it is a terminal that can redraw a
 * line (not `TERM=dumb`), there is more than one input and `--quiet` is not
 * given; otherwise plain lines and no bar. A line logged while the bar is up
 * is printed above it, so failures stay on the screen.
 *
 * Our own few lines rather than cli-progress: one bar, redrawn at most ten
 * times a second with `\r` and "erase line", is all this needs, and the
 * library's users do not install a dependency only the command uses.
 */
export function createProgress(total: number, stream: ProgressStream, options: ProgressOptions): Progress {
  if (!stream.isTTY || total < 2 || options.quiet || options.env.TERM === 'dumb') {
    return {tick() {}, log: (line) => void stream.write(`${line}\n`), stop() {}, drawn: false}
  }
  const started = Date.now()
  let done = 0
  let failed = 0
  let lastDraw = 0
  let visible = false
  const clear = '\r\u001B[2K'
  const line = () => {
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60))
    const filled = Math.round((done / total) * width)
    const elapsed = (Date.now() - started) / 1000
    const left = done === 0 ? '?' : `${Math.round((elapsed / done) * (total - done))} s`
    return `news-anatomy ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${done}/${total} articles · ${failed} failed · ${left} left`
  }
  const draw = (force: boolean) => {
    const now = Date.now()
    if (!force && now - lastDraw < 100) return
    lastDraw = now
    stream.write(`${clear}${line()}`)
    visible = true
  }
  draw(true)
  return {
    tick(count) {
      done++
      failed = count
      draw(done === total)
    },
    log(text) {
      stream.write(`${visible ? clear : ''}${text}\n`)
      visible = false
      draw(true)
    },
    stop() {
      if (visible) stream.write(clear)
      visible = false
    },
    drawn: true
  }
}
