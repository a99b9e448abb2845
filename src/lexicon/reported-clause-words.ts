/**
 * Pronouns that open a clause as its subject (`they want`), in lower case;
 * "it" and "you" are left out, as they are as often objects (`found it useful`).
 *
 * @example
 *   subjectPronouns.includes('they') // true
 */
export const subjectPronouns: readonly string[] = ['he', 'she', 'they', 'we', 'i']

/**
 * Words that open the reporter's aside after an inserted attribution
 * (`…, she said, although …`), in lower case.
 *
 * @example
 *   asideOpeners.includes('although') // true
 */
export const asideOpeners: readonly string[] = ['though', 'although', 'even', 'while', 'whereas', 'as', 'which', 'who', 'whose']

/**
 * Prepositions that open a time, place or medium phrase between a cue and its
 * "that" (`said in a statement that`, `wrote on her blog that`, `said for years
 * that`), in lower case. Prepositions that take the verb's object (`cautioned
 * against a plan that`, `chanted about …`) are not here.
 *
 * @example
 *   settingPrepositions.includes('over') // true
 */
export const settingPrepositions: readonly string[] = ['in', 'on', 'at', 'during', 'over', 'via', 'by', 'for', 'through', 'after', 'before', 'from', 'with', 'late']

/**
 * Words that make the stretch between a cue and "that" a clause of its own
 * (`told them it was her idea that`), in lower case: that "that" is not the
 * reporting one.
 *
 * @example
 *   thatClauseWords.includes('was') // true
 */
export const thatClauseWords: readonly string[] = ['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'it', 'he', 'she', 'they', 'we', 'there']

/**
 * Pronouns that stand as the object of a naming verb (`called it …`), in lower case.
 *
 * @example
 *   namingObjects.includes('them') // true
 */
export const namingObjects: readonly string[] = ['it', 'him', 'her', 'them', 'this', 'that', 'these', 'those']

/**
 * Reflexive pronouns that stand as the object of a naming verb (`calls herself
 * a moderate`), in lower case.
 *
 * @example
 *   reflexiveObjects.includes('himself') // true
 */
export const reflexiveObjects: readonly string[] = ['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']

/**
 * Labels that open a line with a colon without naming a speaker (`Update: …`,
 * `Editor's note: …`, `Watch: …`), in lower case: no colon cue.
 *
 * @example
 *   colonLabels.includes('update') // true
 */
export const colonLabels: readonly string[] = [
  'note', 'notes', 'update', 'updated', 'related', 'correction', 'clarification', 'photo', 'photos', 'video', 'videos',
  'watch', 'read', 'more', 'see', 'listen', 'caption', 'credit', 'warning', 'breaking', 'exclusive', 'opinion',
  'analysis', 'review', 'editorial', 'commentary', 'background', 'disclosure', 'advertisement', 'sponsored', 'live',
  'q', 'a', 'question', 'answer', 'tags', 'topics', 'source', 'sources', 'transcript', 'summary', 'recap', 'explainer',
  'bottom', 'line', 'why', 'what', 'how', 'when', 'where', 'who', 'also', 'plus', 'pictured', 'above', 'below', 'top', 'editor', "editor's", 'editor’s',
  'latest', 'paid', 'email', 'e-mail', 'contact', 'follow', 'subscribe', 'download', 'today', 'tonight'
]

/**
 * Words that open a reported clause after a cue that a quoted fragment has
 * taken (`citing “other plans,” the aide said the pier …`): subject pronouns
 * and determiners, in lower case.
 *
 * @example
 *   fragmentClauseOpeners.includes('the') // true
 */
export const fragmentClauseOpeners: readonly string[] = ['he', 'she', 'they', 'it', 'we', 'i', 'the', 'his', 'her', 'their', 'its', 'there', 'this']

/**
 * Relative words that open an aside about the source right after
 * "According to X,": "According to Ana Lee, who chairs the board, …". The
 * reported words start after the aside's closing comma.
 *
 * @example
 *   sourceAsideOpeners.includes('who') // true
 */
export const sourceAsideOpeners: readonly string[] = ['who', 'which', 'whose']

/**
 * Determiners that open a described object of a naming verb (`called the
 * plan a gift to developers`), in lower case.
 *
 * @example
 *   namingObjectDeterminers.includes('their') // true
 */
export const namingObjectDeterminers: readonly string[] = ['the', 'his', 'her', 'their', 'its']

/**
 * Nouns of a stretch of time that, after an article, end a naming verb's
 * object rather than open its complement (`called the office an hour
 * later`), beside the time words; in lower case.
 *
 * @example
 *   durationNouns.includes('hour') // true
 */
export const durationNouns: readonly string[] = ['hour', 'minute', 'time']

/**
 * Words that say how something was put in `put it plainly:`, `put it this
 * way:`, `put it best:`, besides any adverb in -ly, in lower case.
 *
 * @example
 *   putItMannerWords.includes('way') // true
 */
export const putItMannerWords: readonly string[] = ['this', 'that', 'another', 'way', 'best', 'well', 'more', 'most', 'so', 'thus', 'differently', 'still']

/**
 * Weak cue verbs whose clause with a noun subject and no "that" reports what
 * was said (`predicted lawsuits could follow`, `promised the plan would be
 * paid for`), in base form. Verbs of evidence (`find`, `show`, `report`) are
 * not here: `records show the debt was …` is no one's statement.
 *
 * @example
 *   clauseCueVerbs.includes('predict') // true
 */
export const clauseCueVerbs: readonly string[] = ['predict', 'promise', 'repeat', 'reiterate']

/**
 * Words that open what follows a subject's head noun and describes it, before
 * the subject's verb (`people with knowledge of the talks said`, `voters who
 * backed him say`, `the first man to run says`, `a person familiar with the
 * plans said`), in lower case.
 *
 * @example
 *   postmodifierOpeners.includes('who') // true
 */
export const postmodifierOpeners: readonly string[] = ['of', 'with', 'to', 'who', 'that', 'familiar', 'close']

/**
 * Conjunctions that may open a sentence before its subject (`But voters who …
 * say`), in lower case.
 *
 * @example
 *   subjectLeadIns.includes('but') // true
 */
export const subjectLeadIns: readonly string[] = ['but', 'and', 'yet', 'so']
