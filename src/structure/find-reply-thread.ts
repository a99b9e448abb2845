import type {Unit} from '../blocks/group-repeats.js'
import {carriesTimeStamp} from './carries-time-stamp.js'
import {countWords} from './text-shape.js'

/** Fewest prints of one button beside a time stamp that make a thread. */
const minReplies = 3
/** How many lines apart a reply's time stamp and its button may stand; most words of a button. */
const replyReach = 3

/**
 * Where the readers' replies after the story start: the first print of the
 * first short line (three words at most) that the page prints within three
 * lines of a time stamp three times: a "Reply" button, a section link under
 * each dated teaser, a short date over each reply (a stamp stands beside
 * itself). Lines of the first reply above its button stay what they are. A
 * thread repeats its stamp and its buttons once a reply; the story's own
 * repeated lines ("Advertisement") stand beside a stamp once at most.
 *
 * @param from Where to look from (the story's start).
 * @returns The index of the thread's first line, or the number of units when the page has none.
 */
export function findReplyThread(units: readonly Unit[], from: number): number {
  const stamped = (unit: Unit): boolean => carriesTimeStamp(unit.text, countWords(unit.text))
  const prints = new Map<string, number[]>()
  for (let index = from; index < units.length; index++) {
    const text = units[index]!.text
    if (countWords(text) > replyReach || !units.slice(Math.max(0, index - replyReach), index + replyReach + 1).some(stamped)) continue
    const found = prints.get(text) ?? []
    if (found.push(index) === minReplies) return found[0]!
    prints.set(text, found)
  }
  return units.length
}
