import {splitSentences} from '../sentences/split-sentences.js'
import {describesScene, namesYear, tokenize} from './caption-cues.js'

/**
 * Whether a line's first sentence shows a named subject in the present and
 * dates the scene by a year ("Jane Doe, then mayor, speaks at a rally in Port
 * Ellen in May 2019."): the caption of a photo from the archive. A story
 * that opens in the present (a feature's scene-setting lead) does not date
 * its scene by the year.
 *
 * @example
 *   showsArchiveScene('Ann Holt speaks at a rally in Port Ellen in May 2019. She now leads the council.') // true
 *   showsArchiveScene('Ann Holt speaks at a rally in Port Ellen on a wet Monday.') // false
 *   showsArchiveScene('Ann Holt spoke at a rally in Port Ellen in May 2019.') // false
 */
export function showsArchiveScene(text: string): boolean {
  const [first] = splitSentences(text)
  if (!first) return false
  const tokens = tokenize(text.slice(first[0], first[1]))
  return describesScene(tokens) && namesYear(tokens)
}
