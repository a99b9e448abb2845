import {describe, expect, it} from 'vitest'
import type {Unit} from '../../src/blocks/group-repeats.js'
import {findReplyThread} from '../../src/structure/find-reply-thread.js'

/** Units of invented lines, one per line, as the text path reads them. */
function unitsOf(lines: readonly string[]): Unit[] {
  let offset = 0
  return lines.map((text) => {
    const unit: Unit = {text, start: offset, end: offset + text.length, blankBefore: false, occurrences: [[offset, offset + text.length]]}
    offset += text.length + 1
    return unit
  })
}

const story = [
  'The harbour council voted on Monday to close the old ferry pier after engineers found cracks in its pilings.',
  'The ferry company said the crossing would move to the north quay while the pier is rebuilt.',
  'Advertisement',
  'Passengers said the longer crossing would cost them time, and asked the council to speed up the works.'
]
/** One reader's reply: a name and a stamp, the text, the buttons. */
const reply = (name: string, time: string, text: string): string[] => [`${name} · March 4, 2025 at ${time}`, text, 'Reply', 'Report']

describe('findReplyThread', () => {
  it.each([
    {
      name: 'three replies, each with its stamp and buttons: the thread starts at the first button',
      lines: [...story, ...reply('Ann Holt', '9:15 AM', 'Good news at last.'), ...reply('John Roe', '9:40 AM', 'About time too.'), ...reply('Mary Major', '10:02 AM', 'What about the fishermen?')],
      start: 6
    },
    {
      name: 'two replies are not yet a thread',
      lines: [...story, ...reply('Ann Holt', '9:15 AM', 'Good news at last.'), ...reply('John Roe', '9:40 AM', 'About time too.')],
      start: 12
    },
    {
      name: 'a line the story repeats stands beside a stamp once: no thread',
      lines: [...story, story[0]!, story[1]!, 'Updated March 4, 2025 at 9:00 AM', story[3]!, 'Advertisement', story[0]!, story[1]!, story[3]!, 'Advertisement'],
      start: 13
    },
    {
      name: 'dated teasers, each under the same section link',
      lines: [...story, 'Related', 'Ferry fares to rise in spring', 'March 1, 2025', 'In "News"', 'Lifeboat crew rescues two swimmers', 'February 27, 2025', 'In "News"', 'Pier works to start in May', 'February 20, 2025', 'In "News"'],
      start: 7
    }
  ])('$name', ({lines, start}) => {
    expect(findReplyThread(unitsOf(lines), 0)).toBe(start)
  })

  it('looks from the given line on only', () => {
    const lines = [...reply('Ann Holt', '9:15 AM', 'Good news at last.'), ...reply('John Roe', '9:40 AM', 'About time too.'), ...reply('Mary Major', '10:02 AM', 'What about the fishermen?')]
    expect(findReplyThread(unitsOf(lines), 0)).toBe(2)
    expect(findReplyThread(unitsOf(lines), 5)).toBe(lines.length)
  })
})
