/**
 * Object pronouns that are a whole addressee (`told him`, `told them the …`),
 * matched as written so that "US officials" is no "us". "her" is left out: it
 * may open a longer addressee (`told her staff`).
 *
 * @example
 *   addresseePronouns.includes('them') // true
 */
export const addresseePronouns: readonly string[] = ['him', 'them', 'us', 'me']

/**
 * Lower-case nouns that name an audience a cue addresses (`told reporters`,
 * `told a Senate panel`), in lower case.
 *
 * @example
 *   audienceNouns.includes('reporters') // true
 */
export const audienceNouns: readonly string[] = ['reporters', 'journalists', 'media', 'press', 'lawmakers', 'parliament', 'members', 'council', 'committee', 'audience', 'crowd', 'supporters', 'residents', 'students', 'listeners', 'viewers', 'readers', 'senators', 'delegates', 'officials', 'party', 'court', 'jury', 'judge', 'conference', 'newspaper', 'station', 'broadcaster', 'panel', 'host', 'board', 'rally', 'meeting', 'gathering', 'forum', 'summit', 'hearing', 'voters', 'donors', 'workers', 'interviewer']
