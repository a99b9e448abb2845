/**
 * A unified plugin: read the file as a news article after `retext-english`,
 * `rehype-parse` or `remark-parse`, put the {@link Article} on
 * `file.data.article` and report findings as vfile messages.
 *
 * @packageDocumentation
 */
import type {Plugin} from 'unified'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {parseArticle} from '../parse-article.js'
import type {Article, InputFormat} from '../types.js'
import {formatOfTree} from './format-of-tree.js'

declare module 'vfile' {
  interface DataMap {
    /** The article news-anatomy read from the file. */
    article?: Article
  }
}

/** Options for the {@link newsAnatomy} plugin. */
export interface NewsAnatomyOptions {
  /**
   * The format of the file; by default the one of the tree the parser made
   * (nlcst: `'text'`, hast: `'html'`, mdast: `'markdown'`).
   *
   * @default undefined
   */
  readonly format?: InputFormat
}

/**
 * Read the file as a news article with the same function as `parseArticle`,
 * store the result on `file.data.article`, and report each of its messages
 * with `file.message` (`source: 'news-anatomy'`, a kebab-case `ruleId`, the
 * `place` in the file), so `vfile-reporter` shows them like a linter's.
 *
 * The tree is left as it is; the plugin reads `String(file)`.
 *
 * @example
 *   import rehypeParse from 'rehype-parse'
 *   import {unified} from 'unified'
 *   import {newsAnatomy} from 'news-anatomy/unified'
 *
 *   const processor = unified().use(rehypeParse).use(newsAnatomy)
 *   const file = await processor.run(processor.parse(html), html)
 *   file.data.article?.headline?.text
 */
export const newsAnatomy: Plugin<[(NewsAnatomyOptions | null | undefined)?], Node> = function (options) {
  const format = options?.format
  return function (tree: Node, file: VFile): undefined {
    const article = parseArticle(String(file), {format: format ?? formatOfTree(tree)})
    file.data.article = article
    for (const finding of article.messages) {
      const message = file.message(finding.reason, {
        ruleId: finding.ruleId,
        source: finding.source,
        ...(finding.place ? {place: finding.place} : {})
      })
      if (finding.fatal) message.fatal = true
    }
    return undefined
  }
}

export default newsAnatomy
export type {Article} from '../types.js'
