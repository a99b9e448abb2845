import type {Comment, Doctype, Element, ElementContent, Root, RootContent, Text} from 'hast'
import {defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type Token, type TreeAdapter} from 'parse5'
import {createLocator, type Locator} from '../../locate.js'
import {decodesTo} from './decoded-offsets.js'
import {findRawText, type RawText} from './find-raw-text.js'
import {hastElement} from './hast-element.js'

type P5Node = DefaultTreeAdapterMap['node']
type P5Child = DefaultTreeAdapterMap['childNode']
type P5Element = DefaultTreeAdapterMap['element']
type P5Text = DefaultTreeAdapterMap['textNode'] & {
  /** Where each character token's text came from: `[valueIndex, startOffset, endOffset]` per run. */
  runs: number[]
  /** Where the characters appended last start in `value`, until the parser tells their location (0 once told). */
  pending: number
}

const fields = 3
const htmlSpace = 'http://www.w3.org/1999/xhtml'

/**
 * Parse a whole HTML page into a hast tree, as `hast-util-from-html` does,
 * but without recursion (any nesting depth, limited only by memory) and with
 * text positions that are exact by construction.
 *
 * parse5 merges adjacent character tokens into one text node even when
 * something it ignored stands between them (a stray end tag, a NUL, a
 * `</<svg>` read as nothing): the node's source span then holds characters
 * its value does not. Here every text node is cut where its tokens are not
 * contiguous in the input, so each hast text node's value decodes from
 * exactly `input.slice(start, end)` (character references and line endings
 * aside, see `decodedOffsets`). Lines and columns come from the offsets (the
 * input's locator), not from the parser.
 *
 * @param locator The input's locator, when the caller has one already (it is built otherwise).
 */
export function parseTree(input: string, locator: Locator = createLocator(input)): Root {
  return parseCutTree(input, locator) ?? parseWholeTree(input, locator)
}

/**
 * {@link parseTree} the faster way: the parser reads the page without the raw
 * text of its scripts and styles (half the markup of a news page, read one
 * character at a time, none of it content), and each raw text is put back
 * afterwards as its element's only text node, at its place in the page.
 *
 * @returns The tree, or `undefined` when the page has no such raw text or the
 *   parsed tree does not confirm every cut (a script's or style's start tag
 *   ending where the cut starts and its end tag starting there): the caller
 *   then reads the page whole.
 */
export function parseCutTree(input: string, locator: Locator = createLocator(input)): Root | undefined {
  const bodies = findRawText(input)
  return bodies.length > 0 ? read(input, locator, bodies) : undefined
}

/** {@link parseTree} with the parser reading every character of the page: the same tree as {@link parseCutTree}, slower. */
export function parseWholeTree(input: string, locator: Locator = createLocator(input)): Root {
  return read(input, locator, [])!
}

/** The tree of `input` parsed without the spans `bodies`; `undefined` when a span is not confirmed as raw text. */
function read(input: string, locator: Locator, bodies: readonly RawText[]): Root | undefined {
  // Per cut: where it falls in the text read, and the characters cut up to and with it.
  const at: number[] = []
  const shift: number[] = []
  const pieces: string[] = []
  let cut = 0
  let kept = 0
  for (const {start, end} of bodies) {
    pieces.push(input.slice(kept, start))
    at.push(start - cut)
    cut += end - start
    shift.push(cut)
    kept = end
  }
  pieces.push(input.slice(kept))
  // The script or style element of each cut, in order, as the tree confirms it.
  const owners: P5Element[] = []

  /** The page offset of an offset in the text read; one at a cut is after it (where the end tag starts). */
  function move(offset: number): number {
    let low = 0
    let high = at.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (at[middle]! <= offset) low = middle + 1
      else high = middle
    }
    return low > 0 ? offset + shift[low - 1]! : offset
  }

  /** A location's span, moved to the page. */
  function span(location: Token.Location): Token.ElementLocation {
    return {startOffset: move(location.startOffset), endOffset: move(location.endOffset)} as Token.ElementLocation
  }

  // The default tree adapter, recording where each character token of a text node came from.
  const treeAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
    ...defaultTreeAdapter,
    insertText(parentNode, text) {
      const last = parentNode.childNodes.at(-1)
      if (last && defaultTreeAdapter.isTextNode(last)) append(last as P5Text, text)
      else defaultTreeAdapter.appendChild(parentNode, newText(text))
    },
    insertTextBefore(parentNode, text, referenceNode) {
      const {childNodes} = parentNode
      const previous = childNodes[childNodes.lastIndexOf(referenceNode) - 1]
      if (previous && defaultTreeAdapter.isTextNode(previous)) append(previous as P5Text, text)
      else defaultTreeAdapter.insertBefore(parentNode, newText(text), referenceNode)
    },
    // Text nodes report no location, so the parser sets one for every token it adds (with its start), not only the end.
    getNodeSourceCodeLocation(node) {
      return defaultTreeAdapter.isTextNode(node) ? undefined : node.sourceCodeLocation
    },
    // Only an element's span is kept, and whether its end tag is written (a template's tags too): the start
    // tag's and each attribute's locations parse5 keeps per element are left out, and the span is updated in place.
    setNodeSourceCodeLocation(node, location) {
      if (defaultTreeAdapter.isTextNode(node)) {
        if (location) addRun(node as P5Text, move(location.startOffset), move(location.endOffset))
      } else if (location) {
        const moved = span(location)
        if (isTemplate(node)) moved.startTag = span((location as Token.ElementLocation).startTag!)
        node.sourceCodeLocation = moved
      } else node.sourceCodeLocation = location
    },
    updateNodeSourceCodeLocation(node, endLocation) {
      const location = node.sourceCodeLocation as Token.ElementLocation
      const {endTag, endOffset} = endLocation
      const next = owners.length
      // A cut is raw text when an HTML script's or style's start tag ends where it falls (its span still ends there) and its end tag starts there.
      if (endTag?.startOffset === at[next] && location.endOffset === bodies[next]?.end && (node as P5Element).namespaceURI === htmlSpace) {
        owners.push(node as P5Element)
      }
      if (endOffset !== undefined) location.endOffset = move(endOffset)
      if (endTag) location.endTag = isTemplate(node) ? span(endTag) : endTagWritten
    }
  }

  const document = parse(pieces.join(''), {sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter})
  if (owners.length < bodies.length) return undefined
  for (const [index, {start, end}] of bodies.entries()) {
    const raw = input.slice(start, end)
    // The tokenizer's own changes to raw text: line endings read as `\n`, NUL as U+FFFD.
    const value = /[\r\0]/.test(raw) ? raw.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD') : raw
    const owner = owners[index]!
    owner.childNodes.push({nodeName: '#text', value, parentNode: owner, runs: [0, start, end], pending: 0} as P5Text)
  }
  return toHast(input, document, locator)
}

/** The mark of an end tag written in the source, shared by every element that has one (its location is never read). */
const endTagWritten: Token.Location = {startLine: 0, startCol: 0, startOffset: 0, endLine: 0, endCol: 0, endOffset: 0}

function isTemplate(node: P5Node): boolean {
  return defaultTreeAdapter.isElementNode(node) && node.tagName === 'template'
}

// Every text node is made with all its fields, numbers kept numbers: a field added or retyped later slows every node.
function newText(value: string): P5Text {
  return {nodeName: '#text', value, parentNode: null, runs: [], pending: 0}
}

function append(node: P5Text, text: string): void {
  node.pending = node.value.length
  node.value += text
}

function addRun(node: P5Text, start: number, end: number): void {
  const {runs} = node
  // Contiguous with the run before (the usual case: words and the spaces between them): extend it.
  if (runs.at(-1) === start) runs[runs.length - 1] = end
  else runs.push(node.pending, start, end)
  node.pending = 0
}

/** The hast nodes of a text node: one per contiguous run of its source. */
function textNodes(input: string, node: P5Text, locator: Locator): Text[] {
  const {runs} = node
  if (runs.length === 0) return [{type: 'text', value: node.value}]
  const nodes: Text[] = []
  for (let at = 0; at < runs.length; at += fields) {
    const to = at + fields < runs.length ? runs[at + fields]! : node.value.length
    const value = node.value.slice(runs[at]!, to)
    const end = runs[at + 2]!
    nodes.push({type: 'text', value, position: locator.position(runStart(input, runs[at + 1]!, end, value), end)})
  }
  return nodes
}

/**
 * Where a run really starts. parse5 starts a character token that opens with
 * a character reference after the reference when white space it dropped stood
 * just before (`<pre>\n&amp;x`, white space before `<head>`): step back to the
 * `&` whose reading gives the run's value.
 */
function runStart(input: string, start: number, end: number, value: string): number {
  if (decodesTo(input.slice(start, end), value)) return start
  for (let at = start - 1; at >= Math.max(0, start - 40); at--) {
    if (input.charCodeAt(at) === 38 && decodesTo(input.slice(at, end), value)) return at
  }
  return start
}

/** parse5's tree as hast, built with an explicit stack. */
function toHast(input: string, document: DefaultTreeAdapterMap['document'], locator: Locator): Root {
  const root: Root = {
    type: 'root',
    children: [],
    data: {quirksMode: document.mode === 'quirks' || document.mode === 'limited-quirks'},
    position: {start: locator.point(0), end: locator.point(input.length)}
  }
  // Elements in document order and whether the source closes them, to fix the end of unclosed ones afterwards.
  const elements: Element[] = []
  const closed: boolean[] = []
  const stack: Array<[P5Child[], Array<RootContent | ElementContent>]> = [[document.childNodes, root.children]]
  while (stack.length > 0) {
    const [nodes, into] = stack.pop()!
    for (const node of nodes) {
      // Its parent is converted: a child's link up would keep every converted ancestor alive (all of a deep tree).
      node.parentNode = null
      if (defaultTreeAdapter.isTextNode(node)) {
        for (const text of textNodes(input, node as P5Text, locator)) into.push(text)
      } else if (defaultTreeAdapter.isCommentNode(node)) {
        into.push(withPosition<Comment>({type: 'comment', value: node.data}, node.sourceCodeLocation, locator))
      } else if (defaultTreeAdapter.isDocumentTypeNode(node)) {
        into.push(withPosition<Doctype>({type: 'doctype'}, node.sourceCodeLocation, locator))
      } else if (defaultTreeAdapter.isElementNode(node)) {
        const element = hastElement(node, locator)
        into.push(element)
        elements.push(element)
        closed.push(Boolean(node.sourceCodeLocation?.endTag))
        if (element.content && 'content' in node) stack.push([(node as DefaultTreeAdapterMap['template']).content.childNodes, element.content.children])
        stack.push([node.childNodes, element.children])
      }
    }
    // Converted: let parse5's nodes go as soon as they are (the two trees are never both whole in memory).
    nodes.length = 0
  }
  // Each child list is converted whole into its own array, so siblings keep their order; every
  // element comes after its ancestors in `elements`, so going backwards sees children first.
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index]!
    const tail = element.children.at(-1)
    // An unclosed element ends with its last child (as hast-util-from-parse5 does).
    if (!closed[index] && element.position && tail?.position?.end) element.position.end = {...tail.position.end}
  }
  return root
}

function withPosition<T extends Comment | Doctype>(node: T, location: Token.Location | null | undefined, locator: Locator): T {
  return location ? {...node, position: locator.position(location.startOffset, location.endOffset)} : node
}
