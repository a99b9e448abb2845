/**
 * Words a title leaves in lower case (`The Art of the Deal`, `Meet the
 * Press`), in lower case.
 *
 * @example
 *   titleSmallWords.includes('of') // true
 */
export const titleSmallWords: readonly string[] = ['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'v.', 'de', 'la', 'del']
