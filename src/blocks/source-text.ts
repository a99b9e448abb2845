/**
 * A piece of article text together with where each of its characters is in
 * the input. For plain text a block's characters are a contiguous slice of the
 * input; for HTML they are decoded from markup, so offsets go through a map.
 */
export interface SourceText {
  /** The text as the rules read it. */
  readonly text: string
  /** Input offset of `text[index]`; `index === text.length` gives the end offset. */
  offsetAt(index: number): number
}

/** A {@link SourceText} for a contiguous slice of the input starting at `start`. */
export function sliceSource(text: string, start: number): SourceText {
  return {text, offsetAt: (index) => start + index}
}
