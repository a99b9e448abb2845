export {parseArticle} from './parse-article.js'
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
export {toMarkdown} from './report/to-markdown.js'
export {toText} from './report/to-text.js'
export type {TextReportOptions} from './report/to-text.js'
export {toHtml} from './report/to-html.js'
export type {HtmlReportOptions} from './report/to-html.js'
