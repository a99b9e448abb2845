/**
 * Pronouns that can stand for a speaker, in lower case, by what they refer to.
 *
 * @example
 *   speakerPronouns.female.includes('she') // true
 */
export const speakerPronouns: {
  readonly female: readonly string[]
  readonly male: readonly string[]
  readonly plural: readonly string[]
  readonly neuter: readonly string[]
  readonly firstPerson: readonly string[]
} = {
  female: ['she', 'her'],
  male: ['he', 'him'],
  plural: ['they', 'them'],
  neuter: ['it'],
  firstPerson: ['i', 'we']
}
