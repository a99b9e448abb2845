import cliProgress from 'cli-progress'

/** Progress of a batch, and a way to print lines without breaking the bar. */
export interface Progress {
  /** One more input done; `failed` counts failures so far. */
  tick(failed: number): void
  /** Print a line on stderr (above the bar, when there is one). */
  log(line: string): void
  /** Remove the bar. */
  stop(): void
}

/**
 * A progress bar on stderr (cli-progress) when stderr is a terminal and there
 * is more than one input; otherwise plain lines and no bar.
 */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) {
    return {tick() {}, log: (line) => void stream.write(`${line}\n`), stop() {}}
  }
  const bars = new cliProgress.MultiBar(
    {
      stream,
      clearOnComplete: true,
      hideCursor: true,
      format: 'news-anatomy {bar} {value}/{total} articles · {failed} failed · {eta_formatted} left'
    },
    cliProgress.Presets.shades_classic
  )
  const bar = bars.create(total, 0, {failed: 0})
  return {
    tick: (failed) => bar.increment(1, {failed}),
    log: (line) => bars.log(`${line}\n`),
    stop: () => bars.stop()
  }
}
