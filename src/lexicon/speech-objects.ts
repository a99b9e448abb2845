/**
 * Speech verbs whose object is what was said about something: `criticized the
 * plan`, `praised the volunteers`, `accused the board of waste`. The object
 * is reported speech, each with the prepositions that may lead it
 * (`talked about the budget`, `called for a recount`); an empty list means
 * the object follows the verb directly. In base form, lower case.
 *
 * @example
 *   speechObjectVerbs.find(([base]) => base === 'criticize') // ['criticize', []]
 */
export const speechObjectVerbs: readonly (readonly [base: string, leads: readonly string[]])[] = [
  ['criticize', []],
  ['criticise', []],
  ['accuse', []],
  ['praise', []],
  ['blast', []],
  ['slam', []],
  ['mock', []],
  ['denounce', []],
  ['condemn', []],
  ['decry', []],
  ['rebuke', []],
  ['scold', []],
  ['propose', []],
  ['question', []],
  ['describe', []],
  ['announce', []],
  ['call', ['for', 'on', 'upon', 'out']],
  ['talk', ['about', 'of', 'up']],
  ['speak', ['about', 'of']],
  ['comment', ['on']],
  ['ask', ['about', 'for']],
  ['warn', ['against', 'about', 'of']],
  ['urge', []],
  ['echo', []],
  ['mention', []],
  ['recall', []],
  ['deny', []],
  ['predict', []],
  ['point', ['out']]
]

/**
 * Words that open an embedded question after "asked" or "wondered" (`asked
 * whether the road would reopen`), in lower case.
 *
 * @example
 *   questionOpeners.includes('whether') // true
 */
export const questionOpeners: readonly string[] = ['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']

/**
 * Words that may stand between the verb after "continue to" and what it
 * governs (`continued to focus on …`, `continues to insist that …`), in lower case.
 *
 * @example
 *   continuedParticles.includes('that') // true
 */
export const continuedParticles: readonly string[] = ['that', 'on', 'about', 'for', 'back', 'up', 'out', 'of', 'with', 'against']

