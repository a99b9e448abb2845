import {describe, expect, it} from 'vitest'
import {sliceSource} from '../../src/blocks/source-text.js'
import {blockTokens} from '../../src/attribution/block-tokens.js'
import {speakerFindings} from '../../src/entities/speaker-findings.js'
import {parseArticle} from '../../src/index.js'

const input = 'Harbour talks resume\n\n“We will stay,” said Mara Quell, a spokesperson for the Tide Council.\n\nQuell told the HSB the port would open.'

describe('speakerFindings', () => {
  it('keeps each attributed quote’s speaker and addressee, nothing else', () => {
    const article = parseArticle(input, {format: 'text'})
    const copy = speakerFindings(article)
    const attributed = article.quotes.filter((quote) => quote.attribution)
    expect(copy.quotes).toHaveLength(attributed.length)
    copy.quotes.forEach((quote, index) => {
      const {speaker, addressee} = attributed[index]!.attribution!
      expect(quote.attribution?.speaker).toEqual({name: speaker.name, kind: speaker.kind, ...(speaker.mention ? {mention: speaker.mention} : {})})
      expect(quote.attribution?.addressee).toEqual(addressee)
      expect(Object.keys(quote)).toEqual(['attribution'])
    })
    expect(copy.speakers).toEqual(article.speakers)
  })

  it('is a copy: editing the quotes afterwards changes nothing in it', () => {
    const article = parseArticle(input, {format: 'text'})
    const copy = speakerFindings(article)
    const before = structuredClone(copy)
    const mention = article.quotes.find((quote) => quote.attribution?.speaker.mention)!.attribution!.speaker.mention!
    ;(mention as {text: string}).text = 'edited'
    ;(article.speakers[0] as {name: string}).name = 'edited'
    expect(copy).toEqual(before)
  })
})

describe('blockTokens', () => {
  const blocks = [sliceSource('Ana Lowe spoke.', 0), sliceSource('Then rain fell', 16)]
  it.each([
    [0, ['Ana', 'Lowe', 'spoke', '.']],
    [1, ['Then', 'rain', 'fell']],
    [0, ['Ana', 'Lowe', 'spoke', '.']],
    [5, []]
  ])('block %i gives its tokens', (index, texts) => {
    expect(blockTokens(blocks)(index).map((token) => token.text)).toEqual(texts)
  })

  it('makes a block’s tokens once while it is the one read', () => {
    const tokensOf = blockTokens(blocks)
    expect(tokensOf(1)).toBe(tokensOf(1))
  })
})
