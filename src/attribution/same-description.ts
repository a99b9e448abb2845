/** The parts of a source that {@link isSameDescription} reads. */
interface Described {
  readonly kind: string
  readonly proper: boolean
  /** Lower-case head word (`spokesperson`, `nurse`). */
  readonly head: string
}

/**
 * Whether a definite description of a person ("the spokesperson") takes up an
 * unnamed person described before with the same head word ("a Harbour Board
 * spokesperson"): the article has named nobody for it, so the earlier
 * description is who it is. A named person is left to the role rules.
 *
 * @example
 *   isSameDescription({kind: 'person', proper: false, head: 'spokesperson'}, 'spokesperson') // true
 *   isSameDescription({kind: 'person', proper: true, head: 'lee'}, 'lee') // false
 */
export function isSameDescription(entry: Described, head: string): boolean {
  return entry.kind === 'person' && !entry.proper && entry.head === head
}
