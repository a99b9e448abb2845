/**
 * Modal verbs, in lower case, with the contracted "’ll": a modal before a cue
 * with no "that" after it (`nurses could still file reports`, `she will tell
 * the board`) reports nothing yet said.
 *
 * @example
 *   modals.includes('could') // true
 */
export const modals: readonly string[] = ['could', 'would', 'can', 'will', 'might', 'may', 'should', 'must', 'shall', '’ll', "'ll"]

/**
 * Adverbs that may stand between a modal and its verb (`could still file`,
 * `will not say`), in lower case.
 *
 * @example
 *   modalAdverbs.includes('still') // true
 */
export const modalAdverbs: readonly string[] = ['not', 'still', 'also', 'later', 'never', 'only', 'just', 'probably', 'likely', 'then']
