import {stopwords} from '../lexicon/stopwords.js'

const stop = new Set(stopwords)

/**
 * The words of a line that say what it is about: lower case, four letters or
 * more, not {@link stopwords}.
 *
 * @example
 *   topicWords(['The', 'harbour', 'council', 'met', 'on', 'Monday']) // Set {'harbour', 'council', 'monday'}
 */
export function topicWords(tokens: readonly string[]): Set<string> {
  return new Set(tokens.map((token) => token.toLowerCase()).filter((word) => word.length >= 4 && !stop.has(word)))
}
