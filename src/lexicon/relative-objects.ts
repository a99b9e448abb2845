/**
 * Words that, right before a cue's speaker, make the thing said the object of
 * the clause (`what he said about the plan`, `which the study concluded …`):
 * no reported words follow the cue.
 *
 * @example
 *   relativeObjects.includes('what') // true
 */
export const relativeObjects: readonly string[] = ['what', 'which', 'whatever']
