import type {Unit} from '../blocks/group-repeats.js'
import {countWords} from './text-shape.js'

import type {Label} from './label.js'

/** How many short lines in a row make a page widget. */
const minWidgetLines = 5
/** Lines shorter than this many words can belong to a widget. */
const maxWidgetWords = 15

/**
 * Fewest words of a line ending with a colon that introduces a list of the
 * story's own. On the development pages a widget's label had fewer ("Share
 * this:", "Find us on:", "More from our partners:"). Of the runs a longer one
 * introduced, each list had no line with a figure and each table 60 % or more.
 */
const minListIntroWords = 5

/**
 * Characters and pairs that mark a line of program code ("return x;", "//
 * main.c"), and a shell prompt or comment opening it ("$ make", "# setup"),
 * which no list item of prose has: a price ("$4m on timber") or a hashtag
 * ("#SavePier") is prose.
 */
const codeMarks = /[{};=<>_\\]|\/\/|^[$#]\s/

/** A figure in a line: a table prints its cells a line each. */
const figure = /\d/

/**
 * On a whole page, five or more short lines in a row inside the body are a
 * widget (a sign-up box, a list of links, a poll), not the story: a story's
 * short lines (headings, captions) stand between paragraphs. Short lines
 * that a sentence ending with a colon introduces ("The rankings were as
 * follows:") are the story's own list, unless half of them or more hold a
 * figure (a table's cells) or a line is program code; a widget's colon
 * closes a short label ("Share this:", "Find us on:").
 */
export function markWidgets(units: readonly Unit[], labels: Array<Label | undefined>, bodyStart: number): void {
  let runStart = bodyStart
  for (let index = bodyStart; index <= units.length; index++) {
    const short = index < units.length && labels[index] !== 'headline' && countWords(units[index]!.text) < maxWidgetWords
    if (short) continue
    if (index - runStart >= minWidgetLines) {
      const first = Math.max(bodyStart, runStart - 1)
      // Lines holding a figure from each line to the run's end, counted once (no rescan per colon line).
      let figures = 0
      for (let line = first; line < index; line++) if (figure.test(units[line]!.text)) figures++
      let list = false
      for (let line = first; line < index; line++) {
        const text = units[line]!.text
        if (figure.test(text)) figures--
        if (labels[line] !== undefined) continue
        if (text.endsWith(':') && countWords(text) >= minListIntroWords) list = figures * 2 < index - line - 1
        else if (line >= runStart) labels[line] = list && !codeMarks.test(text) ? 'paragraph' : 'boilerplate'
      }
    }
    runStart = index + 1
  }
}
