import type {Element, Nodes, Root} from 'hast'
import type {ArticleMetadata} from '../../types.js'

/** A value the page states about itself, and the element that states it. */
export interface MetaValue {
  /** The value, decoded and trimmed. */
  readonly value: string
  /** The `<meta>`, `<script type="application/ld+json">` or `<title>` element. */
  readonly element: Element
}

/** What a page says about its article in `<head>`: schema.org JSON-LD, Open Graph, `<meta>`. */
export interface PageMetadata {
  /** Headline candidates, best first: JSON-LD `headline`, `og:title`, `twitter:title`, `<title>`. */
  readonly titles: readonly MetaValue[]
  /** Standfirst candidates, best first: JSON-LD `description`, `og:description`, `description`. */
  readonly descriptions: readonly MetaValue[]
  /** Author names from JSON-LD `author`, `<meta name="author">` and the like. */
  readonly authors?: {readonly names: readonly string[]; readonly element: Element}
  /** The publication date as stated (`"2024-05-02T10:00:00Z"`). */
  readonly published?: MetaValue
  /** The page's statements about itself, as the article's `metadata`. */
  readonly page: ArticleMetadata
}

const articleType = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|AnalysisNewsArticle|OpinionNewsArticle)$/
const authorMeta = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl']
const dateMeta = ['article:published_time', 'og:article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate', 'publishdate', 'sailthru.date']
const modifiedMeta = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dc.date.modified']
const tagMeta = new Set(['article:tag', 'og:article:tag'])
const keywordMeta = ['news_keywords', 'keywords']

/**
 * Read the page's own statements about its article from `<head>` (and
 * JSON-LD anywhere): schema.org `NewsArticle` (also inside `@graph`), Open
 * Graph, Twitter cards and `<meta name="author">`.
 *
 * Broken JSON-LD is ignored, never thrown.
 */
export function readMetadata(tree: Root): PageMetadata {
  const metas = new Map<string, MetaValue>()
  const ldTitles: MetaValue[] = []
  const ldDescriptions: MetaValue[] = []
  let ldAuthors: {names: string[]; element: Element} | undefined
  let ldDate: MetaValue | undefined
  let title: MetaValue | undefined
  const ld: {modified?: string | undefined; lang?: string | undefined; siteName?: string | undefined; canonicalUrl?: string | undefined; image?: string | undefined; keywords?: string[] | undefined} = {}
  const tags: string[] = []
  let canonical: string | undefined
  let lang: string | undefined

  const visit = (node: Nodes): void => {
    if (node.type === 'element') {
      const {properties} = node
      if (node.tagName === 'html' && typeof properties.lang === 'string' && properties.lang.trim() && !lang) lang = properties.lang.trim()
      if (node.tagName === 'link' && !canonical && Array.isArray(properties.rel) && properties.rel.some((rel) => String(rel).toLowerCase() === 'canonical')) {
        if (typeof properties.href === 'string' && properties.href.trim()) canonical = properties.href.trim()
      }
      if (node.tagName === 'meta' && typeof properties.content === 'string') {
        const key = String(properties.property ?? properties.name ?? properties.itemProp ?? properties.httpEquiv ?? '').toLowerCase()
        const value = properties.content.trim()
        if (key && value && !metas.has(key)) metas.set(key, {value: decodeEntities(value), element: node})
        if (tagMeta.has(key) && value) tags.push(decodeEntities(value))
      } else if (node.tagName === 'title' && !title) {
        const value = textContent(node).trim()
        if (value) title = {value, element: node}
      } else if (node.tagName === 'script' && String(properties.type).toLowerCase() === 'application/ld+json') {
        for (const article of articlesIn(textContent(node))) {
          const headline = stringOf(article.headline) ?? stringOf(article.name)
          if (headline) ldTitles.push({value: headline, element: node})
          const description = stringOf(article.description)
          if (description) ldDescriptions.push({value: description, element: node})
          const names = authorNames(article.author)
          if (names.length > 0 && !ldAuthors) ldAuthors = {names, element: node}
          const date = stringOf(article.datePublished)
          if (date && !ldDate) ldDate = {value: date, element: node}
          ld.modified ??= stringOf(article.dateModified)
          ld.lang ??= stringOf(article.inLanguage)
          ld.siteName ??= nameOf(article.publisher)
          ld.canonicalUrl ??= stringOf(article.url) ?? urlOf(article.mainEntityOfPage)
          ld.image ??= urlOf(article.image)
          ld.keywords ??= keywordsOf(article.keywords)
        }
      }
    }
  }
  // Iterative: a page may nest elements many thousands deep.
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    visit(node)
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }

  const meta = (key: string): MetaValue | undefined => metas.get(key)
  const titles = [...ldTitles, meta('og:title'), meta('twitter:title'), meta('sailthru.title'), meta('dc.title'), title].filter((entry) => entry !== undefined)
  const descriptions = [...ldDescriptions, meta('og:description'), meta('description'), meta('twitter:description')].filter((entry) => entry !== undefined)

  let authors = ldAuthors
  if (!authors) {
    for (const key of authorMeta) {
      const entry = metas.get(key)
      if (entry && !/^https?:|@|\.(?:com|org|net)\b/i.test(entry.value)) {
        authors = {names: entry.value.replace(/^by /i, '').split(/[,;&]| and /).map((name) => name.trim()).filter(Boolean), element: entry.element}
        break
      }
    }
  }
  const published = ldDate ?? dateMeta.map((key) => metas.get(key)).find((entry) => entry !== undefined)

  const first = (...values: ReadonlyArray<string | undefined>): string | undefined => values.find((value) => value !== undefined && value !== '')
  const metaValue = (...keys: readonly string[]) => first(...keys.map((key) => metas.get(key)?.value))
  const keywords = unique([...(ld.keywords ?? []), ...tags, ...keywordMeta.flatMap((key) => keywordsOf(metas.get(key)?.value ?? null) ?? [])])
  const page: ArticleMetadata = definedOnly({
    lang: first(lang, ld.lang, metaValue('og:locale', 'content-language', 'language', 'dc.language')),
    siteName: first(metaValue('og:site_name'), ld.siteName, metaValue('application-name', 'publisher')),
    canonicalUrl: first(canonical, metaValue('og:url'), ld.canonicalUrl),
    image: first(metaValue('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'), ld.image),
    published: published?.value,
    modified: first(ld.modified, metaValue(...modifiedMeta)),
    description: descriptions[0]?.value,
    ...(keywords.length > 0 ? {keywords} : {})
  })

  return {
    titles,
    descriptions,
    ...(authors ? {authors} : {}),
    ...(published ? {published} : {}),
    page
  }
}

/** The object without its `undefined` fields (for `exactOptionalPropertyTypes`). */
function definedOnly<T extends object>(object: {[K in keyof T]: T[K] | undefined}): T {
  const result: Partial<T> = {}
  for (const key of Object.keys(object) as Array<keyof T>) if (object[key] !== undefined) result[key] = object[key] as T[keyof T]
  return result as T
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const value of values) {
    const key = value.toLowerCase()
    if (!seen.has(key)) {
      seen.add(key)
      kept.push(value)
    }
  }
  return kept
}

/** A name as JSON-LD states it: a string, or an object's `name` (a publisher); the first of a list. */
function nameOf(value: Json | undefined): string | undefined {
  const first = firstOf(value)
  if (typeof first === 'string') return stringOf(first)
  return first && typeof first === 'object' ? stringOf((first as JsonObject).name) : undefined
}

/** An address as JSON-LD states it: a string, an object's `url` or `@id`, the first of a list. */
function urlOf(value: Json | undefined): string | undefined {
  // A loop, not recursion: JSON nests as deep as the page writes it.
  let current = firstOf(value)
  while (current && typeof current === 'object') current = firstOf((current as JsonObject).url ?? (current as JsonObject)['@id'] ?? null)
  return typeof current === 'string' ? current.trim() || undefined : undefined
}

/** The value, or the first item of a list (of a list…), read in a loop (any depth). */
function firstOf(value: Json | undefined): Json | undefined {
  let current = value
  while (Array.isArray(current)) current = current[0]
  return current
}

/** Keywords as a list: a JSON-LD array, or a string separated by commas (or semicolons). */
function keywordsOf(value: Json | undefined): string[] | undefined {
  if (value === undefined || value === null) return undefined
  const parts = Array.isArray(value) ? value.flatMap((entry) => (typeof entry === 'string' ? entry.split(/[,;]/) : [])) : typeof value === 'string' ? value.split(/[,;]/) : []
  // `"null"`: a template's empty value written out.
  const words = parts.map((part) => decodeEntities(part).trim()).filter((word) => word && !/^(?:null|undefined)$/i.test(word))
  return words.length > 0 ? words : undefined
}

type Json = null | boolean | number | string | Json[] | {[key: string]: Json}
type JsonObject = {[key: string]: Json}

/** The schema.org article objects in one JSON-LD script, including `@graph` members and `@id` references resolved. */
function articlesIn(source: string): JsonObject[] {
  let data: Json
  try {
    data = JSON.parse(source) as Json
  } catch {
    return []
  }
  const objects: JsonObject[] = []
  // Objects in document order, lists and `@graph`s opened to a few levels (a loop with a stack, not recursion).
  const stack: Array<{value: Json; depth: number}> = [{value: data, depth: 0}]
  while (stack.length > 0) {
    const {value, depth} = stack.pop()!
    if (depth > 8 || value === null || typeof value !== 'object') continue
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({value: value[index]!, depth: depth + 1})
      continue
    }
    objects.push(value)
    if (value['@graph']) stack.push({value: value['@graph'], depth: depth + 1})
  }
  const byId = new Map<string, JsonObject>()
  for (const object of objects) if (typeof object['@id'] === 'string') byId.set(object['@id'], object)
  const articles = objects.filter((object) => typesOf(object['@type']).some((type) => articleType.test(type)))
  // Resolve `{"@id": ...}` authors against the graph.
  return articles.map((article) => {
    const author = article.author
    const resolve = (entry: Json): Json =>
      entry && typeof entry === 'object' && !Array.isArray(entry) && typeof entry['@id'] === 'string' && !entry.name ? byId.get(entry['@id']) ?? entry : entry
    return {...article, author: Array.isArray(author) ? author.map(resolve) : resolve(author ?? null)}
  })
}

function typesOf(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []
}

function stringOf(value: Json | undefined): string | undefined {
  value = firstOf(value)
  if (typeof value !== 'string') return undefined
  // Some pages escape the HTML once more (`"&lt;p&gt;Here&amp;#x27;s"`): decode, drop tags, decode what was inside.
  const once = decodeEntities(value)
  const text = (once.includes('<') ? decodeEntities(stripTags(once)) : once).trim()
  return text || undefined
}

// A tag: bounded, so a stray `<` in a long value is never scanned again from every position.
const tag = /<\/?[a-z][^<>]{0,500}>/gi

/** A JSON-LD value written as HTML (`"<p>Here&#x27;s a look</p>"`) as the text it shows. */
function stripTags(value: string): string {
  return value.includes('<') ? value.replace(tag, ' ').replace(/\s+/g, ' ') : value
}

/** The names in a JSON-LD `author`: strings, objects' `name` (or `byline`), lists of them, in order. Any depth. */
function authorNames(value: Json | undefined): string[] {
  const names: string[] = []
  const stack: Array<Json | undefined> = [value]
  while (stack.length > 0) {
    const current = stack.pop()
    if (current === undefined || current === null) continue
    if (typeof current === 'string') {
      if (current.trim()) names.push(decodeEntities(current.trim()))
    } else if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index--) stack.push(current[index])
    } else if (typeof current === 'object') stack.push(current.name ?? current.byline ?? null)
  }
  return names
}

/** The text of a `<script>` or `<title>` (their children are text). */
function textContent(node: Nodes): string {
  if (node.type === 'text') return node.value
  if (!('children' in node)) return ''
  let text = ''
  for (const child of node.children) if (child.type === 'text') text += child.value
  return text
}

const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201D', ldquo: '\u201C', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026'}

/** Decode the character references that JSON-LD and `content` values carry over from HTML (`&#8216;`, `&amp;`). */
function decodeEntities(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, reference: string) => {
    if (reference.startsWith('#')) {
      const code = reference[1] === 'x' || reference[1] === 'X' ? Number.parseInt(reference.slice(2), 16) : Number.parseInt(reference.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return named[reference.toLowerCase()] ?? whole
  })
}
