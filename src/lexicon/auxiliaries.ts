/**
 * Auxiliary and modal verbs, in lower case: a clause that opens with one has
 * its subject elsewhere (`Police, he said, have no plan`: the subject is "Police").
 *
 * @example
 *   auxiliaries.includes('would') // true
 */
export const auxiliaries: readonly string[] = [
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might',
  'do', 'does', 'did', 'shall'
]
