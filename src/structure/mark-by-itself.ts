import type {Unit} from '../blocks/group-repeats.js'
import {isCaption} from './is-caption.js'
import {isCreditLine} from './find-photo-credit.js'
import {isBoilerplate} from './is-boilerplate.js'
import {countWords} from './text-shape.js'

/**
 * The mark a line carries by itself before anything else is read of the
 * page: `boilerplate` for furniture and photo-credit lines, `caption` for a
 * caption's marks or a line printed twice in a row (a photo's alt text and
 * its caption; a single word twice is a button or a widget's name, not a
 * caption). The rules and the features' body and headline searches start
 * from the same marks.
 *
 * @example
 *   markByItself({text: 'Advertisement', occurrences: [...], blankBefore: true}) // 'boilerplate'
 */
export function markByItself(unit: Unit): 'boilerplate' | 'caption' | undefined {
  if (isBoilerplate(unit.text) || isCreditLine(unit.text)) return 'boilerplate'
  if ((unit.occurrences.length > 1 && countWords(unit.text) >= 2) || isCaption(unit.text)) return 'caption'
  return undefined
}
