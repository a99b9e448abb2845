import {describe, expectTypeOf, it} from 'vitest'
import {parseArticle, toHtml, toText} from '../../src/index.js'
import type {
  Article,
  Attribution,
  Block,
  Byline,
  Caption,
  Credit,
  Dateline,
  Entity,
  EntityKind,
  HtmlReportOptions,
  InputFormat,
  Message,
  Paragraph,
  ParseOptions,
  Phrase,
  Point,
  Position,
  Quote,
  QuoteKind,
  Section,
  Speaker,
  SpeakerKind,
  SpeakerSummary,
  TextReportOptions
} from '../../src/index.js'

// Pins the public types: a change here is a change to the API.
describe('public types', () => {
  it('parseArticle takes a string and optional options and returns an Article', () => {
    expectTypeOf(parseArticle).parameter(0).toEqualTypeOf<string>()
    expectTypeOf(parseArticle).parameter(1).toEqualTypeOf<ParseOptions | undefined>()
    expectTypeOf(parseArticle).returns.toEqualTypeOf<Article>()
    // @ts-expect-error: text must be a string
    parseArticle(1)
    // @ts-expect-error: unknown options are refused by the types too
    parseArticle('x', {formt: 'text'})
  })

  it('toText renders an Article', () => {
    expectTypeOf(toText).parameter(0).toEqualTypeOf<Article>()
    expectTypeOf(toText).returns.toEqualTypeOf<string>()
    expectTypeOf<TextReportOptions>().toBeObject()
  })

  it('toHtml renders an Article over its source', () => {
    expectTypeOf(toHtml).parameter(0).toEqualTypeOf<Article>()
    expectTypeOf(toHtml).parameter(1).toEqualTypeOf<string>()
    expectTypeOf(toHtml).parameter(2).toEqualTypeOf<HtmlReportOptions | undefined>()
    expectTypeOf(toHtml).returns.toEqualTypeOf<string>()
    expectTypeOf<HtmlReportOptions>().toEqualTypeOf<{readonly format?: InputFormat}>()
  })

  it('positions are unist positions', () => {
    expectTypeOf<Point>().toEqualTypeOf<{readonly line: number; readonly column: number; readonly offset: number}>()
    expectTypeOf<Position>().toEqualTypeOf<{readonly start: Point; readonly end: Point}>()
    expectTypeOf<Block>().toEqualTypeOf<{readonly text: string; readonly position: Position}>()
    expectTypeOf<Phrase>().toEqualTypeOf<Block>()
  })

  it('the article has the documented fields', () => {
    expectTypeOf<Article['headline']>().toEqualTypeOf<Block | undefined>()
    expectTypeOf<Article['dek']>().toEqualTypeOf<Block | undefined>()
    expectTypeOf<Article['byline']>().toEqualTypeOf<Byline | undefined>()
    expectTypeOf<Article['dateline']>().toEqualTypeOf<Dateline | undefined>()
    expectTypeOf<Article['captions']>().toEqualTypeOf<readonly Caption[]>()
    expectTypeOf<Article['sections']>().toEqualTypeOf<readonly Section[]>()
    expectTypeOf<Article['credits']>().toEqualTypeOf<readonly Credit[]>()
    expectTypeOf<Article['boilerplate']>().toEqualTypeOf<readonly Block[]>()
    expectTypeOf<Article['quotes']>().toEqualTypeOf<readonly Quote[]>()
    expectTypeOf<Article['speakers']>().toEqualTypeOf<readonly SpeakerSummary[]>()
    expectTypeOf<Article['entities']>().toEqualTypeOf<readonly Entity[]>()
    expectTypeOf<Article['messages']>().toEqualTypeOf<readonly Message[]>()
  })

  it('elements extend Block', () => {
    expectTypeOf<Paragraph>().toMatchTypeOf<Block>()
    expectTypeOf<Paragraph['sentences']>().toEqualTypeOf<readonly Block[]>()
    expectTypeOf<Section['heading']>().toEqualTypeOf<Block | undefined>()
    expectTypeOf<Caption>().toMatchTypeOf<Block>()
    expectTypeOf<Caption['occurrences']>().toEqualTypeOf<readonly Position[]>()
    expectTypeOf<Caption['file']>().toEqualTypeOf<boolean>()
    expectTypeOf<Byline['authors']>().toEqualTypeOf<readonly string[]>()
    expectTypeOf<Credit['contributors']>().toEqualTypeOf<readonly string[]>()
    expectTypeOf<Dateline['place']>().toEqualTypeOf<string>()
  })

  it('quotes are a closed set of kinds with attribution', () => {
    expectTypeOf<QuoteKind>().toEqualTypeOf<'direct' | 'partial' | 'indirect'>()
    expectTypeOf<Quote['kind']>().toEqualTypeOf<QuoteKind>()
    expectTypeOf<Quote['position']>().toEqualTypeOf<Position>()
    expectTypeOf<Quote['attribution']>().toEqualTypeOf<Attribution | undefined>()
    expectTypeOf<Attribution['speaker']>().toEqualTypeOf<Speaker>()
    expectTypeOf<SpeakerKind>().toEqualTypeOf<'person' | 'organization' | 'group' | 'document' | 'unknown'>()
    expectTypeOf<Speaker['kind']>().toEqualTypeOf<SpeakerKind>()
    expectTypeOf<EntityKind>().toEqualTypeOf<'person' | 'organization' | 'place'>()
  })

  it('messages are vfile-like', () => {
    expectTypeOf<Message['source']>().toEqualTypeOf<'news-anatomy'>()
    expectTypeOf<Message['ruleId']>().toEqualTypeOf<string>()
    expectTypeOf<Message['place']>().toEqualTypeOf<Position | undefined>()
  })

  it('options', () => {
    expectTypeOf<ParseOptions['format']>().toEqualTypeOf<InputFormat | undefined>()
    expectTypeOf<'text'>().toMatchTypeOf<InputFormat>()
  })
})
