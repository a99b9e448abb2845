/**
 * Conjunctions that join speakers or segments of an appositive chain
 * (`Ann Lee and Tom Ortiz said`), in lower case.
 *
 * @example
 *   appositiveConjunctions.includes('and') // true
 */
export const appositiveConjunctions: readonly string[] = ['and', 'but', 'or']

/**
 * Auxiliaries of a passive report frame (`has been quoted as saying`), in lower case.
 *
 * @example
 *   passiveAuxiliaries.includes('been') // true
 */
export const passiveAuxiliaries: readonly string[] = ['was', 'is', 'were', 'are', 'been', 'being', 'has', 'have', 'had', 'be']

/**
 * Words that open a relative or participial aside in an appositive chain
 * (`who chaired …`, `known as …`, `formerly …`), in lower case: such a segment
 * neither names nor describes the speaker.
 *
 * @example
 *   relativeOpeners.includes('known') // true
 */
export const relativeOpeners: readonly string[] = ['who', 'which', 'whose', 'known', 'also', 'now', 'then', 'formerly', 'once']

/**
 * Words before a cue verb that make it a passive or an infinitive rather than
 * a report (`is said`, `to report`, `got told`), in lower case.
 *
 * @example
 *   passiveLeads.includes('got') // true
 */
export const passiveLeads: readonly string[] = ['be', 'is', 'was', 'were', 'been', 'being', 'are', 'am', 'to', "'s", 'get', 'got', 'gets']

/**
 * Words before a cue verb that make it a noun (`the report`, `a joint
 * statement`, `the latest claim`), in lower case.
 *
 * @example
 *   nounLeads.includes('latest') // true
 */
export const nounLeads: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no', 'any',
  'every', 'each', 'such', 'what', 'which', 'same', 'of', 'one', 'another', 'latest', 'recent', 'new', 'first', 'last',
  'final', 'joint', 'public', 'official', 'written', 'brief', 'so-called'
]

/**
 * Prepositions after a quantifier that name the whole it is part of
 * (`some in the community`, `many among the staff`), in lower case.
 *
 * @example
 *   partitivePrepositions.includes('among') // true
 */
export const partitivePrepositions: readonly string[] = ['in', 'among', 'within']

/**
 * Prepositions after a person's title that name whom the person works for
 * or belongs to (`a lawyer for Tom Ruiz`, `a spokesperson with the RCMP`,
 * `the mayor of Lakeside`), in lower case.
 *
 * @example
 *   employerPrepositions.includes('for') // true
 */
export const employerPrepositions: readonly string[] = ['for', 'with', 'at', 'of']

/**
 * Object and reflexive pronouns, in lower case: no word of a speaker's noun
 * phrase (`help us`, `told me`).
 *
 * @example
 *   objectPronouns.includes('us') // true
 */
export const objectPronouns: readonly string[] = ['us', 'me', 'him', 'them', 'you', 'it', 'myself', 'ourselves', 'yourself']

/**
 * Adjectives that take a prepositional phrase inside a group's name
 * (`sources familiar with the talks`, `people close to the owners`), in lower case.
 *
 * @example
 *   phraseAdjectives.includes('familiar') // true
 */
export const phraseAdjectives: readonly string[] = ['familiar', 'close', 'knowledgeable', 'involved', 'briefed', 'opposed', 'loyal']

/**
 * Prepositions whose opening phrase makes a named person the sentence's topic
 * (`For Ann Lee, Monday is the day she dreads.`), in lower case.
 *
 * @example
 *   topicLeads.includes('for') // true
 */
export const topicLeads: readonly string[] = ['for']

/**
 * Determiners that make a mention definite (`the mayor`, `this group`), in lower case.
 *
 * @example
 *   definiteDeterminers.includes('those') // true
 */
export const definiteDeterminers: readonly string[] = ['the', 'this', 'that', 'these', 'those']

/**
 * Articles and possessive determiners, in lower case: a determiner that is
 * none of these nor definite (`some`, `many`, `every`) is a quantifier.
 *
 * @example
 *   articlesAndPossessives.includes('their') // true
 */
export const articlesAndPossessives: readonly string[] = ['a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']

/**
 * Lower-case words that may stand between the capitalised words of an
 * organisation's name (`City of Kelmar`, `Office for Harbour Safety`).
 *
 * @example
 *   nameConnectors.includes('of') // true
 */
export const nameConnectors: readonly string[] = ['of', 'for', 'and', '&', 'the']

/**
 * Words that stand as the subject right before a verb that is also a noun
 * (`they report`, `who claims`), in lower case: after one, the word is the verb.
 *
 * @example
 *   verbSubjects.includes('they') // true
 */
export const verbSubjects: readonly string[] = ['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that']

/**
 * Negations that, right before a verb that is also a noun, make it the verb
 * (`did not mention`, `never claims`), in lower case.
 *
 * @example
 *   negations.includes('not') // true
 */
export const negations: readonly string[] = ['not', 'never', "didn't", 'didn’t', "doesn't", 'doesn’t', "don't", 'don’t']

/**
 * Determiners that open a speaker described by a common noun the lexicons do
 * not know (`the magazine said`, `one source said`, `a neighbour says`), in
 * lower case.
 *
 * @example
 *   describedSubjectDeterminers.includes('another') // true
 */
export const describedSubjectDeterminers: readonly string[] = ['the', 'a', 'an', 'one', 'another', 'this', 'each', 'his', 'her', 'their', 'its', 'our', 'my', 'your']

/**
 * Relative pronouns that stand as a cue's subject for the noun before them
 * (`voters who say …`, `the report, which says …`), in lower case.
 *
 * @example
 *   relativeSubjects.includes('who') // true
 */
export const relativeSubjects: readonly string[] = ['who', 'which']

/**
 * Participles and adverbs that may stand between a surveyed group and its cue
 * (`56 percent of voters polled said`, `voters overall say`), in lower case.
 *
 * @example
 *   surveyParticiples.includes('polled') // true
 */
export const surveyParticiples: readonly string[] = ['polled', 'surveyed', 'interviewed', 'questioned', 'sampled', 'overall', 'nationally', 'nationwide', 'statewide']

/**
 * The articles, in lower case: a description they open names no one by name
 * (`a councillor`, `the woman`).
 *
 * @example
 *   articles.includes('the') // true
 */
export const articles: readonly string[] = ['a', 'an', 'the']

/**
 * Number words that may end a described subject after "of" (`the mother of
 * two`, `a father of four`), in lower case; digits count too.
 *
 * @example
 *   countWords.includes('three') // true
 */
export const countWords: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

/**
 * Number words of a proportion (`three in five`, `one in four`), in lower case.
 *
 * @example
 *   proportionNumbers.includes('four') // true
 */
export const proportionNumbers: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a']

/**
 * Words that qualify a proportion before it (`about 4 in 10`, `more than six in 10`), in lower case.
 *
 * @example
 *   proportionQualifiers.includes('nearly') // true
 */
export const proportionQualifiers: readonly string[] = ['about', 'nearly', 'almost', 'roughly', 'some', 'around', 'approximately', 'over', 'under', 'just', 'only', 'more', 'fewer', 'less', 'than', 'at', 'least', 'most']

/**
 * Forms of "be" that make a gerund cue a progressive, a finite report
 * (`Lee is calling for …`, `they were saying`), in lower case.
 *
 * @example
 *   progressiveAuxiliaries.includes('been') // true
 */
export const progressiveAuxiliaries: readonly string[] = ['is', 'are', 'was', 'were', 'am', 'been', "'s", '’s']

/**
 * Conjunctions that join a second verb phrase to the sentence's subject
 * (`reported a loss, and said …`), in lower case.
 *
 * @example
 *   coordinators.includes('but') // true
 */
export const coordinators: readonly string[] = ['and', 'but']
