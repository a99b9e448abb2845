/**
 * A unified plugin: read the file as a news article after `retext-english`,
 * `rehype-parse` or `remark-parse`, put the {@link Article} on
 * `file.data.article` and report findings as vfile messages.
 *
 * @packageDocumentation
 */
import type {Processor} from 'unified'
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
 * **It reads the file, not the tree**: `parseArticle` runs on `String(file)`,
 * so every position in the article points into the file's text, exactly as
 * the tree's do; the tree only tells the format (see
 * {@link NewsAnatomyOptions.format}) and is left as it is. With
 * `processor.run(tree, file)`, pass the file the tree was parsed from: a file
 * with no text while the tree has content gives a fatal `file-without-text`
 * message and no article.
 *
 * With `processor.process(file)`: when no other plugin sets a compiler,
 * this one sets one that writes the article as JSON, so
 * `String(await processor.process(file))` is the article; a compiler used
 * after it (`rehype-stringify`, say) wins, and the article stays on
 * `file.data.article`.
 *
 * @example
 *   import rehypeParse from 'rehype-parse'
 *   import {unified} from 'unified'
 *   import {newsAnatomy} from 'news-anatomy/unified'
 *
 *   const file = await unified().use(rehypeParse).use(newsAnatomy).process(html)
 *   file.data.article?.headline?.text
 */
export function newsAnatomy(this: Processor, options?: NewsAnatomyOptions | null): (tree: Node, file: VFile) => undefined {
  const format = options?.format
  if (!this.compiler) this.compiler = (_tree: Node, file: VFile) => `${JSON.stringify(file.data.article ?? null, null, 2)}\n`
  return function (tree: Node, file: VFile): undefined {
    const text = String(file)
    if (text === '' && (tree as Node & {children?: readonly Node[]}).children?.length) {
      const message = file.message('The file has no text, but the tree has content: news-anatomy reads the file, not the tree; pass the file the tree was parsed from', {
        ruleId: 'file-without-text',
        source: 'news-anatomy'
      })
      message.fatal = true
      return undefined
    }
    const article = parseArticle(text, {format: format ?? formatOfTree(tree)})
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
