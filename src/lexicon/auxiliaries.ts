/**
 * Auxiliary and modal verbs, in lower case: a clause that opens with one has
 * its subject elsewhere (`Wardens, she said, have no rota`: the subject is "Wardens").
 *
 * @example
 *   auxiliaries.includes('would') // true
 */
export const auxiliaries: readonly string[] = [
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might',
  'do', 'does', 'did', 'shall'
]
