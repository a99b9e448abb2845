import type {Unit} from '../blocks/group-repeats.js'

/**
 * How many units have each text: a line the page prints again elsewhere (a
 * link in a menu and a list, a headline in the header) counts more than once.
 *
 * @example
 *   countCopies([{text: 'Menu'}, {text: 'Story'}, {text: 'Menu'}]).get('Menu') // 2
 */
export function countCopies(units: ReadonlyArray<Pick<Unit, 'text'>>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const unit of units) counts.set(unit.text, (counts.get(unit.text) ?? 0) + 1)
  return counts
}
