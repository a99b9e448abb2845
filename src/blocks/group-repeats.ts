import type {Line} from './split-lines.js'

/** A line, together with identical lines that directly follow it. */
export interface Unit extends Line {
  /** Every occurrence, the first included, as `[start, end)` offsets. */
  readonly occurrences: ReadonlyArray<readonly [number, number]>
}

/**
 * Fold runs of identical consecutive lines into one unit with several
 * occurrences (pages print a caption once as alt text and once below the photo).
 */
export function groupRepeats(lines: readonly Line[]): Unit[] {
  const units: Unit[] = []
  let previous: {line: Line; occurrences: Array<readonly [number, number]>} | undefined
  for (const line of lines) {
    if (previous && previous.line.text === line.text) {
      previous.occurrences.push([line.start, line.end])
      continue
    }
    if (previous) units.push({...previous.line, occurrences: previous.occurrences})
    previous = {line, occurrences: [[line.start, line.end]]}
  }
  if (previous) units.push({...previous.line, occurrences: previous.occurrences})
  return units
}
