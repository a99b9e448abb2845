import {describe, expect, it} from 'vitest'
import {addDatelineNames} from '../../src/entities/add-dateline-names.js'
import type {Mention} from '../../src/entities/mention.js'
import {nameKey} from '../../src/entities/name-groups.js'
import {noVotes} from '../../src/entities/weigh-kind.js'
import {createLocator} from '../../src/locate.js'
import type {Dateline} from '../../src/types.js'

// Rows of [dateline text, place, agency, runs already found in it, mentions after (text:person:organization:place)].
const rows: [string, string, string | undefined, string[], string[]][] = [
  ['PORTVILLE, Ore. (AP) —', 'PORTVILLE, Ore.', 'AP', ['PORTVILLE', 'Ore.'], ['PORTVILLE:0:0:5', 'Ore.:0:0:5', 'AP:0:5:0']],
  ['PORTVILLE (Reuters) —', 'PORTVILLE', 'Reuters', [], ['PORTVILLE:0:0:5', 'Reuters:0:5:0']],
  ['PORTVILLE —', 'PORTVILLE', undefined, [], ['PORTVILLE:0:0:5']]
]

describe('addDatelineNames', () => {
  it.each(rows)('%s', (text, place, agency, runs, expected) => {
    const input = `${text} The ferry left.`
    const locator = createLocator(input)
    const dateline: Dateline = {text, place, ...(agency ? {agency} : {}), position: locator.position(0, text.length)}
    const mentions: Mention[] = runs.map((run) => {
      const at = text.indexOf(run)
      return {from: at, to: at + run.length, text: run, key: nameKey(run), votes: noVotes(), block: 0, start: at}
    })
    addDatelineNames(mentions, dateline, locator)
    expect(mentions.map((mention) => `${mention.text}:${mention.votes.person}:${mention.votes.organization}:${mention.votes.place}`)).toEqual(expected)
  })
})
