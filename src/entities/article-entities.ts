import {type SourceText, sliceSource} from '../blocks/source-text.js'
import type {Locator} from '../locate.js'
import type {ArticleQuotes} from '../quotes/quote-article.js'
import type {Caption, Dateline, Entity} from '../types.js'
import {findEntities} from './find-entities.js'
import {speakerFindings} from './speaker-findings.js'

/** The parts of a structure the entity stage reads. */
interface Readable {
  readonly captions?: readonly Caption[]
  readonly dateline?: Dateline
}

/**
 * The entity stage, run after attribution: returns a function that finds the
 * article's entities on its first call and returns the same list after that.
 * Everything it reads is copied now (of the quote findings, only the
 * speakers and addressees: see {@link speakerFindings}), so a caller who edits
 * `article.quotes` before reading `article.entities` gets the entities of the
 * parse, not of the edit; after the first call it keeps only the entities.
 *
 * @param structure The article's structure (captions and dateline are read).
 * @param quoted What the quote stage found, with the text blocks it read.
 * @param input The whole input, which positions point into.
 *
 * @example
 *   const entities = articleEntities(structure, quoted, text, locator)
 *   entities()[0]?.name // 'Ana Lowe'
 */
export function articleEntities(structure: Readable, quoted: ArticleQuotes, input: string, locator: Locator): () => Entity[] {
  let inputs: Parameters<typeof findEntities> | undefined = [
    [...quoted.sources],
    speakerFindings(quoted.findings),
    locator,
    captionSources(structure.captions ?? [], input),
    structure.dateline && structuredClone(structure.dateline)
  ]
  let entities: Entity[] | undefined
  return () => {
    if (!entities) {
      entities = findEntities(...inputs!)
      // The texts and findings are read once: let them go, the article keeps only the entities.
      inputs = undefined
    }
    return entities
  }
}

/**
 * Add `entities` to an article: an enumerable property computed on first
 * read by `compute` (so a parse that never reads it never runs the tagger),
 * and assignable like any other property.
 *
 * @example
 *   const article = withEntities({quotes: []}, () => [])
 *   article.entities = [] // allowed, in strict mode too
 */
export function withEntities<T extends object>(article: T, compute: () => Entity[]): T & {entities: Entity[]} {
  const define = (value: Entity[]) => Object.defineProperty(article, 'entities', {enumerable: true, configurable: true, writable: true, value})
  Object.defineProperty(article, 'entities', {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute()
      define(value)
      return value
    },
    set(value: Entity[]) {
      define(value)
    }
  })
  return article as T & {entities: Entity[]}
}

/** Captions as texts for the entity finder: each caption's first occurrence, a photographer's credit (`AP Photo/Jane Doe`) left out. */
function captionSources(captions: readonly Caption[], input: string): SourceText[] {
  const texts: SourceText[] = []
  for (const caption of captions) {
    const start = caption.position.start.offset
    if (input.slice(start, caption.position.end.offset) !== caption.text) continue
    const credit = caption.credit && /\bphoto\b|\//i.test(caption.credit) ? caption.text.lastIndexOf(caption.credit) : -1
    texts.push(sliceSource(credit > 0 ? caption.text.slice(0, credit) : caption.text, start))
  }
  return texts
}
