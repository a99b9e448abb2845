/**
 * HTML error kinds: where the body's word 4-grams are lost, by kind of place
 * in the page, so that errors are read in kinds and the check half of the
 * sites is seen only in aggregate.
 *
 *   npx tsx scripts/eval/html-errors.ts ../shared/corpus/structure-silver --half development [--texts]
 *   npx tsx scripts/eval/html-errors.ts ../shared/corpus/structure-silver --half check
 *
 * Every gold block (heading or paragraph) whose 4-grams are missing from our
 * body, and every block of ours whose 4-grams are not in the gold's, is given
 * a kind: read as another field (`as dek`, `as caption`, …), outside the story
 * root, or inside it, by its innermost block tag, whether it stands in a list,
 * table or code, and the furniture rule (if any) on its way below the root
 * (`kept` when a furniture rule was overruled because the element holds most
 * of the prose). A heading counts by its exact (normalised) text. Per kind the
 * loss is the share of the page's 4-grams, summed over pages (divide by the
 * page count for its part of the averaged precision or recall). `--texts`
 * prints the blocks themselves, and only for the development half. A block of
 * fewer than four words that stands word for word in the other body is not
 * counted lost (it is one n-gram of its few words, never among the 4-grams of
 * a body). A name rule says which words of the furniture lexicon marked the
 * element (`furniture by name 'share'`): the reader's words, not the page's
 * text; `link-heavy` marks a block mostly of link text.
 */
import {readFileSync, readdirSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import type {Element, Root} from 'hast'
import {parseTree} from '../../src/blocks/html/parse-tree.js'
import {classWords} from '../../src/blocks/html/class-words.js'
import {furnitureWords} from '../../src/blocks/html/furniture-names.js'
import {findStoryRoot, furnitureRule, isTextBlock, scoreElements, type PageScores} from '../../src/blocks/html/score-elements.js'
import {parseArticle} from '../../src/index.js'
import {createLocator} from '../../src/locate.js'
import {siteHalf, siteOf, shingles, type Half} from './html.js'
import {normaliseText, type StructureGold} from './structure-score.js'

/** One kind's totals. */
interface KindTotal {
  loss: number
  blocks: number
  pages: Set<string>
}

/** A page's tree, read the way the reader reads it, to say where a text stands. */
interface Page {
  readonly tree: Root
  readonly scores: PageScores
  readonly root: Element | undefined
  /** Every text node's start in `joined`, with its ancestors. */
  readonly texts: ReadonlyArray<{start: number; chain: readonly Element[]}>
  /** The page's text nodes joined, white space collapsed. */
  readonly joined: string
}

function readPage(html: string): Page {
  const tree = parseTree(html, createLocator(html))
  const scores = scoreElements(tree)
  const texts: Array<{start: number; chain: Element[]}> = []
  let joined = ''
  const stack: Array<[Element | Root, Element[], number]> = [[tree, [], 0]]
  while (stack.length > 0) {
    const top = stack.at(-1)!
    const child = top[0].children[top[2]++]
    if (!child) stack.pop()
    else if (child.type === 'text') {
      texts.push({start: joined.length, chain: top[1]})
      joined += child.value.replace(/\s+/g, ' ')
    } else if (child.type === 'element' && child.tagName !== 'script' && child.tagName !== 'style') stack.push([child, [...top[1], child], 0])
  }
  return {tree, scores, root: findStoryRoot(scores), texts, joined}
}

/** The ancestors of the first text node where `text` starts (a heading's: the first inside a heading element). */
function locate(page: Page, text: string, heading: boolean): readonly Element[] | undefined {
  const at = (offset: number) => {
    let found = page.texts[0]
    for (const entry of page.texts) {
      if (entry.start > offset) break
      found = entry
    }
    return found?.chain
  }
  const normal = normaliseText(text)
  for (const length of [60, 30, 15]) {
    const probe = normal.slice(0, length)
    let first: readonly Element[] | undefined
    for (let offset = page.joined.indexOf(probe); offset >= 0; offset = page.joined.indexOf(probe, offset + 1)) {
      const chain = at(offset)
      first ??= chain
      if (!heading || chain?.some((element) => /^h[1-6]$/.test(element.tagName))) return chain
    }
    if (first) return first
  }
  return undefined
}

const blockTag = /^(?:p|div|li|h[1-6]|td|th|blockquote|section|article|figure|figcaption|dd|dt|pre|span|strong|b|em|a)$/

/** Where a block stands, as a kind. */
function placeOf(page: Page, chain: readonly Element[] | undefined): string {
  if (!chain) return 'not found in the page'
  if (!page.root || !chain.includes(page.root)) return 'outside the story root'
  const below = chain.slice(chain.indexOf(page.root))
  const tag = [...chain].reverse().find((element) => blockTag.test(element.tagName))?.tagName ?? '?'
  const within = [
    chain.some((element) => element.tagName === 'li') ? 'in list' : '',
    chain.some((element) => element.tagName === 'table') ? 'in table' : '',
    chain.some((element) => element.tagName === 'pre' || element.tagName === 'code') ? 'in code' : ''
  ].filter(Boolean)
  const marked = below.find((element) => furnitureRule(element) !== undefined)
  const furniture = marked ? `furniture by ${furnitureRule(marked)}${markingWords(marked)}${page.scores.kept.has(marked) ? ' (kept)' : ''}` : ''
  // A block whose text is mostly links is left out as a teaser or a link list (unless it reads as a sentence).
  const block = [...chain].reverse().find((element) => isTextBlock(element))
  const counts = block && page.scores.stats.get(block)
  const linked = counts && counts.text > 0 && counts.link > 0.4 * counts.text ? 'link-heavy' : ''
  return ['in root', `<${tag}>`, ...within, linked, furniture].filter(Boolean).join(' ')
}

/**
 * The words of our furniture lexicon that mark an element by name (`'comments'`),
 * or `aria-hidden`: words of the reader's own lists, never the page's text.
 */
function markingWords(element: Element): string {
  if (furnitureRule(element) !== 'name') return ''
  const words = [...classWords(element)].filter((word) => furnitureWords.has(word))
  return words.length > 0 ? ` '${words.join("', '")}'` : String(element.properties.ariaHidden) === 'true' ? ' aria-hidden' : ''
}

/**
 * Whether a block of fewer than four words stands, word for word, in a body:
 * such a block is one n-gram of its few words, never among the body's
 * 4-grams, so it would count as lost though it is there (`"Ruler"` in a list).
 */
function shortBlockIn(text: string, bodyWords: string): boolean {
  const words = text.toLowerCase().match(wordPattern) ?? []
  return words.length > 0 && words.length < 4 && bodyWords.includes(` ${words.join(' ')} `)
}

const wordPattern = /[\p{L}\p{N}_\p{M}]+/gu

/** A body's words, lower case, one space apart and around, for {@link shortBlockIn}. */
function wordsOf(texts: readonly string[]): string {
  return ` ${(texts.join('\n').toLowerCase().match(wordPattern) ?? []).join(' ')} `
}

/** The share of `grams` not covered by `other` (counts matter). */
function uncovered(grams: Map<string, number>, other: Map<string, number>): {lost: number; total: number} {
  let lost = 0
  let total = 0
  for (const [gram, count] of grams) {
    total += count
    lost += Math.max(0, count - (other.get(gram) ?? 0))
  }
  return {lost, total}
}

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((total, count) => total + count, 0)

function main(): void {
  const args = process.argv.slice(2)
  const halfAt = args.indexOf('--half')
  const half = (halfAt >= 0 ? args[halfAt + 1] : undefined) as Half | undefined
  const folders = args.filter((arg, index) => !arg.startsWith('--') && index !== halfAt + 1)
  if ((half !== 'development' && half !== 'check') || folders.length === 0 || !folders.every((folder) => existsSync(folder))) {
    console.error('usage: npx tsx scripts/eval/html-errors.ts <folder>... --half development|check [--texts]')
    process.exit(2)
  }
  // Texts of the check half are never printed: it is read in aggregate only.
  const texts = args.includes('--texts') && half === 'development'
  const kinds = new Map<string, KindTotal>()
  let pages = 0
  for (const folder of folders) {
    for (const id of readdirSync(folder).filter((name) => name.endsWith('.html')).map((name) => name.slice(0, -5)).sort()) {
      if (!existsSync(join(folder, `${id}.gold.json`))) continue
      const gold = JSON.parse(readFileSync(join(folder, `${id}.gold.json`), 'utf8')) as StructureGold & {url?: string | null}
      if (siteHalf(siteOf(id, gold.url)) !== half) continue
      pages++
      const html = readFileSync(join(folder, `${id}.html`), 'utf8')
      const lines = pageKinds(id, html, gold, kinds)
      if (texts && lines.length > 0) console.log(`${id}\n${lines.join('\n')}`)
    }
  }
  console.log(`\nHTML body losses by kind, ${half} half (${pages} pages): loss (share of a page's 4-grams, summed), blocks, pages`)
  for (const [kind, total] of [...kinds].sort((a, b) => b[1].loss - a[1].loss)) {
    console.log(`${total.loss.toFixed(3).padStart(8)} ${String(total.blocks).padStart(5)} ${String(total.pages.size).padStart(4)}  ${kind}`)
  }
}

/** Add one page's lost blocks to `kinds`; returns a line per block (for `--texts`). */
function pageKinds(id: string, html: string, gold: StructureGold, kinds: Map<string, KindTotal>): string[] {
  const article = parseArticle(html, {format: 'html'})
  const ourHeadings = article.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))
  const ourParagraphs = article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))
  const goldHeadings = gold.sections.flatMap((section) => (section.heading ? [section.heading] : []))
  const goldParagraphs = gold.sections.flatMap((section) => section.paragraphs)
  const ours = shingles([...ourHeadings, ...ourParagraphs].join('\n'))
  const theirs = shingles([...goldHeadings, ...goldParagraphs].join('\n'))
  const ourWords = wordsOf([...ourHeadings, ...ourParagraphs])
  const theirWords = wordsOf([...goldHeadings, ...goldParagraphs])
  const page = readPage(html)
  const fields: Array<[string, string | undefined]> = [
    ['dek', article.dek?.text],
    ['headline', article.headline?.text],
    ['byline', article.byline?.text],
    ...article.captions.map((caption): [string, string] => ['caption', caption.text])
  ]
  const lines: string[] = []
  const add = (kind: string, lost: number, of: number, text: string) => {
    const total = kinds.get(kind) ?? {loss: 0, blocks: 0, pages: new Set<string>()}
    total.loss += lost / Math.max(1, of)
    total.blocks++
    total.pages.add(id)
    kinds.set(kind, total)
    lines.push(`  ${kind} [${lost}] ${text.slice(0, 100)}`)
  }
  const same = (list: readonly string[], text: string) => list.some((other) => normaliseText(other) === normaliseText(text))
  for (const [name, list, other] of [['heading', goldHeadings, ourParagraphs], ['paragraph', goldParagraphs, ourHeadings]] as const) {
    for (const text of list) {
      const {lost, total} = uncovered(shingles(text), ours)
      if (name === 'heading' ? same(ourHeadings, text) : total === 0 || lost === 0 || shortBlockIn(text, ourWords)) continue
      const normal = normaliseText(text)
      const field = fields.find(([, value]) => value && (normaliseText(value) === normal || (normal.length > 40 && normaliseText(value).includes(normal.slice(0, 40)))))
      const where = field ? `as ${field[0]}` : same(other, text) ? `as ${name === 'heading' ? 'paragraph' : 'heading'}` : placeOf(page, locate(page, text, name === 'heading'))
      add(`missing ${name}: ${where}`, Math.max(lost, 1), sum(theirs), text)
    }
  }
  for (const block of article.sections.flatMap((section) => [...(section.heading ? [{name: 'heading', ...section.heading}] : []), ...section.paragraphs.map((paragraph) => ({name: 'paragraph', ...paragraph}))])) {
    const {lost, total} = uncovered(shingles(block.text), theirs)
    if (block.name === 'heading' ? same(goldHeadings, block.text) : total === 0 || lost === 0 || shortBlockIn(block.text, theirWords)) continue
    add(`extra ${block.name}: ${placeOf(page, chainAt(page, block.position.start.offset))}`, Math.max(lost, 1), sum(ours), block.text)
  }
  return lines
}

/** The ancestors of the innermost element that holds input offset `offset`. */
function chainAt(page: Page, offset: number): readonly Element[] {
  const chain: Element[] = []
  let node: Element | Root = page.tree
  for (;;) {
    const children: ReadonlyArray<Root['children'][number]> = node.children
    const next = children.find(
      (child): child is Element => child.type === 'element' && (child.position?.start.offset ?? -1) <= offset && (child.position?.end.offset ?? -1) > offset
    )
    if (!next) return chain
    chain.push(next)
    node = next
  }
}

main()
