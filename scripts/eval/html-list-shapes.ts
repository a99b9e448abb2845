/**
 * HTML list shapes: the lists of repeated items (five or more children of one
 * tag, not `<p>`, holding at least half of their container's prose and 30 % of
 * the page's) in a half of the corpus, counted by what their items carry — a
 * heading, a `<time>` or `datetime`, a time or year written in a short line,
 * an author's mark (`<cite>`, `itemprop="author"`, a person word in the class),
 * a line ending in "said:" / "wrote:", a short "… ago", an item of the same
 * tag nested inside (threaded replies). It shows which signs a page's comment
 * sections, live blogs or listicles give, in counts only, so that the check
 * half can be read in aggregate (no page names, no text).
 *
 *   npx tsx scripts/eval/html-list-shapes.ts ../shared/corpus/structure-silver --half check
 *
 * Each sign is `most` (two thirds of the items or more), `some` (over a fifth)
 * or `few`; prose is the share after furniture is left out, as the reader
 * scores the page (a kept list under a furniture name counts).
 */
import {readFileSync, readdirSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import type {Element} from 'hast'
import {hasClassWord} from '../../src/blocks/html/class-words.js'
import {personWords} from '../../src/blocks/html/furniture-names.js'
import {parseTree} from '../../src/blocks/html/parse-tree.js'
import {scoreElements} from '../../src/blocks/html/score-elements.js'
import {createLocator} from '../../src/locate.js'
import {siteHalf, siteOf, type Half} from './html.js'

const signs = ['heading', 'time element', 'time text', 'author mark', '"said:"', '"ago"', 'nested'] as const

/** The signs one item carries. */
function itemSigns(item: Element): Set<(typeof signs)[number]> {
  const found = new Set<(typeof signs)[number]>()
  const stack: Element[] = [item]
  while (stack.length > 0) {
    for (const child of stack.pop()!.children) {
      if (child.type === 'text') {
        if (child.value.length <= 60 && /\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b/.test(child.value)) found.add('time text')
        if (/\b(?:said|says|wrote|writes)\s*:?\s*$/i.test(child.value)) found.add('"said:"')
        if (child.value.length < 40 && /\bago\b/.test(child.value)) found.add('"ago"')
      } else if (child.type === 'element') {
        if (/^h[1-6]$/.test(child.tagName)) found.add('heading')
        if (child.tagName === 'time' || child.properties.dateTime !== undefined) found.add('time element')
        if (child.tagName === 'cite' || String(child.properties.itemProp ?? '') === 'author' || hasClassWord(child, personWords)) found.add('author mark')
        if (child.tagName === item.tagName) found.add('nested')
        stack.push(child)
      }
    }
  }
  return found
}

/** The shapes of one page's lists, as lines to count. */
function pageShapes(html: string): string[] {
  const tree = parseTree(html, createLocator(html))
  const {stats} = scoreElements(tree)
  let total = 0
  for (const child of tree.children) if (child.type === 'element') total += stats.get(child)?.prose ?? 0
  const shapes: string[] = []
  for (const [element, counts] of stats) {
    if (total === 0 || counts.prose < 0.3 * total) continue
    const byTag = new Map<string, Element[]>()
    for (const child of element.children) if (child.type === 'element') byTag.set(child.tagName, [...(byTag.get(child.tagName) ?? []), child])
    for (const [tag, items] of byTag) {
      if (items.length < 5 || tag === 'p') continue
      const itemProse = items.reduce((sum, item) => sum + (stats.get(item)?.prose ?? 0), 0)
      if (itemProse < 0.5 * counts.prose) continue
      const tally = new Map<string, number>()
      for (const item of items) for (const sign of itemSigns(item)) tally.set(sign, (tally.get(sign) ?? 0) + 1)
      const share = (count: number) => (count >= (2 / 3) * items.length ? 'most' : count > 0.2 * items.length ? 'some' : 'few')
      const size = items.length >= 20 ? '20+' : items.length >= 10 ? '10-19' : '5-9'
      shapes.push(`<${tag}> ${size} items, ${Math.round((10 * itemProse) / total) * 10}% of page prose: ${signs.map((sign) => `${sign} ${share(tally.get(sign) ?? 0)}`).join(', ')}`)
    }
  }
  return shapes
}

function main(): void {
  const args = process.argv.slice(2)
  const halfAt = args.indexOf('--half')
  const half = (halfAt >= 0 ? args[halfAt + 1] : undefined) as Half | undefined
  const folders = args.filter((arg, index) => !arg.startsWith('--') && index !== halfAt + 1)
  if ((half !== 'development' && half !== 'check') || folders.length === 0 || !folders.every((folder) => existsSync(folder))) {
    console.error('usage: npx tsx scripts/eval/html-list-shapes.ts <folder>... --half development|check')
    process.exit(2)
  }
  const counts = new Map<string, number>()
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.html')).sort()) {
      const id = name.slice(0, -'.html'.length)
      if (!existsSync(join(folder, `${id}.gold.json`))) continue
      const gold = JSON.parse(readFileSync(join(folder, `${id}.gold.json`), 'utf8')) as {url?: string | null}
      if (siteHalf(siteOf(id, gold.url)) !== half) continue
      for (const shape of pageShapes(readFileSync(join(folder, name), 'utf8'))) counts.set(shape, (counts.get(shape) ?? 0) + 1)
    }
  }
  console.log(`Lists of repeated items, ${half} half: count, shape`)
  for (const [shape, count] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${String(count).padStart(4)}  ${shape}`)
}

main()
