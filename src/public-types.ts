// The public types, re-exported by every entry point.
export type {
  Article,
  ArticleMetadata,
  Attribution,
  Block,
  Byline,
  Caption,
  Credit,
  Dateline,
  Entity,
  EntityKind,
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
  SpeakerSummary
} from './types.js'
export type {TextReportOptions} from './report/to-text.js'
export type {HtmlReportOptions} from './report/to-html.js'
export type {ArticleJsonOptions} from './article-json-chunks.js'
