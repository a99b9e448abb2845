import type {Element} from 'hast'
import {hasClassWord} from './class-words.js'
import {commentLineVerbs, personWords} from './furniture-names.js'
import {isNeverText} from './tags.js'
import {visibleLength} from './visible-length.js'

/** The fewest comments that make a comment section. */
const minimumItems = 3
/** The share of a list's element children that are comments. */
const minimumItemShare = 2 / 3
/** The fewest visible characters a comment holds (its author and time aside, roughly). */
const minimumText = 20
/** The share of comments signed by a name not seen before in the list (a discussion, not one reporter's updates). */
const minimumDistinctAuthors = 0.5
/** The most nodes read in one item: a comment's facts stand near its top; a long thread of replies is not read whole. */
const maximumNodes = 400

// A time of day or a year written out, in any language: "9:41", "21.04", "2024".
const timeShape = /\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b/
/** The most characters of a comment's header line ("Maria on 2 May at 9:41 am said:"). */
const maximumHeaderLength = 80
/** The most words of the name that opens a header line. */
const maximumNameWords = 5
// A header line's closing verb and colon: "said:", "wrote :".
const saidEnd = new RegExp(`(?:^|\\s)(?:${commentLineVerbs.join('|')})\\s*:$`, 'iu')

/**
 * Whether an element is a comment section, read from its structure alone:
 * three or more children of one tag (most of its children), each a comment —
 * an author (a `<cite>`, `itemprop="author"`, `rel="author"`, an hCard `fn`,
 * an avatar, or the name opening a short header line that ends in a verb of
 * saying and a colon: `"Maria on 2 May at 9:41 am said:"`), a time (`<time>`, a `datetime`, or a time or year in a short
 * line) and some text, no heading — signed by different people. A live blog's
 * entries have times too, but carry headings or come from one or two
 * reporters, so they are no comment section.
 *
 * @example
 *   // <ol><li><cite>Mia</cite> <time>9:41</time><p>Great read.</p></li>
 *   //     <li><cite>Tom</cite> <time>9:52</time><p>Agreed, thanks.</p></li>
 *   //     <li><cite>Ida</cite> <time>10:03</time><p>Where was this?</p></li></ol> → true
 */
export function isCommentList(element: Element): boolean {
  const children = element.children.filter((child): child is Element => child.type === 'element' && !isNeverText(child.tagName))
  if (children.length < minimumItems) return false
  const counts = new Map<string, number>()
  for (const child of children) counts.set(child.tagName, (counts.get(child.tagName) ?? 0) + 1)
  let tag = ''
  let most = 0
  for (const [name, count] of counts) {
    if (count > most) {
      tag = name
      most = count
    }
  }
  if (most < minimumItems || most < minimumItemShare * children.length) return false
  const authors = new Set<string>()
  let comments = 0
  // Stop at the first item past the misses a comment section can have (most lists fail on their first items).
  const allowedMisses = most - Math.max(minimumItems, Math.ceil(minimumItemShare * most))
  let misses = 0
  for (const child of children) {
    if (child.tagName !== tag) continue
    const facts = commentFacts(child)
    if (!facts) {
      if (++misses > allowedMisses) return false
      continue
    }
    comments++
    authors.add(facts.author)
  }
  return comments >= minimumItems && comments >= minimumItemShare * most && authors.size >= minimumDistinctAuthors * comments
}

/** A comment's author (its text, or an avatar's address), when the item reads as a comment. */
function commentFacts(item: Element): {author: string} | undefined {
  let author: string | undefined
  let time = false
  let text = 0
  let read = 0
  const stack: Element[] = [item]
  while (stack.length > 0 && read < maximumNodes) {
    const current = stack.pop()!
    for (const child of current.children) {
      read++
      if (child.type === 'text') {
        const length = visibleLength(child.value)
        text += length
        if (!time && length <= 40 && timeShape.test(child.value)) time = true
        if (author === undefined && length <= maximumHeaderLength && child.value.includes(':') && saidEnd.test(child.value.trimEnd())) author = headerName(current)
        continue
      }
      if (child.type !== 'element') continue
      if (/^h[1-6]$/.test(child.tagName)) return undefined
      if (child.tagName === 'time' || child.properties.dateTime !== undefined) time = true
      if (author === undefined) author = authorOf(child)
      if (!isNeverText(child.tagName)) stack.push(child)
    }
  }
  return author !== undefined && time && text >= minimumText ? {author} : undefined
}

/** The name an element gives as a comment's author, when it marks one. */
function authorOf(element: Element): string | undefined {
  const {properties} = element
  const rel = properties.rel
  const marked =
    element.tagName === 'cite' ||
    String(properties.itemProp ?? '') === 'author' ||
    (Array.isArray(rel) && rel.includes('author')) ||
    hasClassWord(element, personWords)
  if (!marked) return undefined
  if (element.tagName === 'img') return String(properties.alt || properties.src || '')
  const name = textOf(element).trim().toLowerCase()
  return name || undefined
}

/** The name opening a comment's header line (`"Maria on 2 May at 9:41 am said:"` → `"maria on"`): its words before the first digit. */
function headerName(element: Element): string | undefined {
  const line = textOf(element).trim()
  if (line.length > maximumHeaderLength || !saidEnd.test(line)) return undefined
  const name = line.split(/\d/u, 1)[0]!.trim().toLowerCase()
  return name && name.split(' ').length <= maximumNameWords ? name : undefined
}

/** The text of an element, read to a few hundred characters (a name). */
function textOf(element: Element): string {
  let text = ''
  const stack: Element['children'][number][] = [...element.children].reverse()
  while (stack.length > 0 && text.length < 200) {
    const node = stack.pop()!
    if (node.type === 'text') text += node.value
    else if (node.type === 'element' && !isNeverText(node.tagName)) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return text.replace(/\s+/g, ' ')
}
