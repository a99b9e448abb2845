import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/attribution/tokenize.js'
import {sliceSource} from '../../src/blocks/source-text.js'
import {addKnownMentions} from '../../src/entities/add-known-mentions.js'
import {blockTokens} from '../../src/attribution/block-tokens.js'
import type {Mention} from '../../src/entities/mention.js'
import {nameKey} from '../../src/entities/name-groups.js'
import {noVotes} from '../../src/entities/weigh-kind.js'
import {createLocator} from '../../src/locate.js'

// Rows of [headline, paragraph, names already found in the paragraph, mentions added].
const rows: [string, string, string[], string[]][] = [
  ['Norland Harbour Board Cuts Fees', 'The Norland Harbour Board cut fees.', ['Norland Harbour Board'], ['Norland Harbour Board']],
  ['Fees Fall In Norland', 'The Norlandic government cut fees in Norland. The Norlandic government met.', ['Norlandic government', 'Norland'], ['Norland', 'Norlandic government']],
  ['Fees Fall', 'Lena Okafor met Ana Lowe. Lena Okafor left.', ['Lena Okafor'], []]
]

describe('addKnownMentions', () => {
  it.each(rows)('%s', (headline, paragraph, names, added) => {
    const input = `${headline}\n\n${paragraph}`
    const blocks = [sliceSource(headline, 0), sliceSource(paragraph, headline.length + 2)]
    const root = 'known'
    const found: Mention[] = names.map((name) => {
      const at = paragraph.indexOf(name)
      return {from: headline.length + 2 + at, to: headline.length + 2 + at + name.length, text: name, key: nameKey(name), votes: noVotes(), block: 1, start: at}
    })
    const byRoot = new Map([[root, [...found]]])
    addKnownMentions(blocks, blockTokens(blocks), new Set([0]), byRoot, new Map([[root, 'organization' as const]]), createLocator(input))
    const result = byRoot.get(root)!.slice(found.length)
    expect(result.map((mention) => mention.text)).toEqual(added)
    for (const mention of result) expect(input.slice(mention.from, mention.to)).toBe(mention.text)
  })
})
