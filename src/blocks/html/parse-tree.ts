import type {Comment, Doctype, Element, ElementContent, Root, RootContent, Text} from 'hast'
import {defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type Token, type TreeAdapter} from 'parse5'
import {createLocator, type Locator} from '../../locate.js'
import {decodesTo} from './decoded-offsets.js'
import {findRawText} from './find-raw-text.js'
import {hastElement} from './hast-element.js'
import {RawTextCuts} from './raw-text-cuts.js'

type P5Node = DefaultTreeAdapterMap['node']
type P5Element = DefaultTreeAdapterMap['element']
type P5Text = DefaultTreeAdapterMap['textNode'] & {
  /** Where each character token's text came from: `[valueIndex, startLine, startColumn, startOffset, endLine, endColumn, endOffset]` per run. */
  runs?: number[]
  /** Where the characters appended last start in `value`, until the parser tells their location. */
  pending?: number | undefined
}

const fields = 7
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
 * aside, see `decodedOffsets`).
 *
 * @param locator The input's locator, when the caller has one already (it is built otherwise).
 */
export function parseTree(input: string, locator: Locator = createLocator(input)): Root {
  return parseCutTree(input, locator) ?? parseWholeTree(input, locator)
}

/**
 * {@link parseTree} the faster way: the parser reads the page without the
 * raw text of its scripts and styles (half the markup of a news page, read one
 * character at a time, none of it content), and each raw text is put back
 * afterwards as its element's only text node, with every position moved back
 * to the page (see {@link RawTextCuts}).
 *
 * @returns The tree, or `undefined` when the page has no such raw text or
 *   a cut does not fall where the parsed tree has a script's or style's raw
 *   text (the scan cannot know every context: a `<script>` inside a `<title>`
 *   is text); the caller then reads the page whole.
 */
export function parseCutTree(input: string, locator: Locator = createLocator(input)): Root | undefined {
  const bodies = findRawText(input)
  if (bodies.length === 0) return undefined
  const cuts = new RawTextCuts(input, bodies, locator)
  const adapter = textRunAdapter(cuts)
  const document = parse(cuts.text, {sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter: adapter})
  return adapter.restore(input) ? toHast(input, document, locator) : undefined
}

/**
 * {@link parseTree} with the parser reading every character of the page,
 * raw text included: the same tree as {@link parseCutTree}, slower.
 */
export function parseWholeTree(input: string, locator: Locator = createLocator(input)): Root {
  const document = parse(input, {sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter: textRunAdapter()})
  return toHast(input, document, locator)
}

type Adapter = TreeAdapter<DefaultTreeAdapterMap> & {
  /** Put each cut raw text back into its element; false when a cut is not where a script's or style's raw text is. */
  restore(input: string): boolean
}

/**
 * The default tree adapter, recording where each character token of a text
 * node came from. With `cuts`, every location is moved from the cut text
 * to the page, and the elements the cuts fall in are recorded.
 */
function textRunAdapter(cuts?: RawTextCuts): Adapter {
  // Per cut: the element whose start tag ends there, and its raw text's first and last points in the page.
  const owners: Array<P5Element | undefined> = []
  const from: Array<readonly [number, number]> = []
  const to: Array<readonly [number, number]> = []
  return {
    ...defaultTreeAdapter,
    insertText(parentNode, text) {
      const last = parentNode.childNodes.at(-1)
      if (last && defaultTreeAdapter.isTextNode(last)) append(last, text)
      else defaultTreeAdapter.appendChild(parentNode, newText(text))
    },
    insertTextBefore(parentNode, text, referenceNode) {
      const {childNodes} = parentNode
      const previous = childNodes[childNodes.lastIndexOf(referenceNode) - 1]
      if (previous && defaultTreeAdapter.isTextNode(previous)) append(previous, text)
      else defaultTreeAdapter.insertBefore(parentNode, newText(text), referenceNode)
    },
    // Text nodes report no location, so the parser sets one for every token it adds (with its start), not only the end.
    getNodeSourceCodeLocation(node) {
      return defaultTreeAdapter.isTextNode(node) ? undefined : node.sourceCodeLocation
    },
    setNodeSourceCodeLocation(node, location) {
      if (defaultTreeAdapter.isTextNode(node)) {
        if (location) addRun(node, location, cuts)
        return
      }
      if (cuts && location && defaultTreeAdapter.isElementNode(node)) own(cuts, node, location as Token.ElementLocation)
      if (!location || !isTemplate(node)) node.sourceCodeLocation = location && (cuts ? moved(cuts, location, true) : span(location))
      else node.sourceCodeLocation = cuts ? movedWhole(cuts, location as Token.ElementLocation) : location
    },
    // Only an element's span is read, and whether its end tag is written (a template's tags are read whole): the
    // start tag's and each attribute's locations parse5 keeps per element are left out, and the span is updated in place.
    updateNodeSourceCodeLocation(node, endLocation) {
      const location = node.sourceCodeLocation as Token.ElementLocation | null | undefined
      if (cuts && endLocation.endTag) ownEnd(cuts, node as P5Element, endLocation.endTag)
      const end = cuts ? movedEnd(cuts, endLocation) : endLocation
      if (!location || isTemplate(node)) {
        defaultTreeAdapter.updateNodeSourceCodeLocation(node, end)
        return
      }
      if (end.endLine !== undefined) location.endLine = end.endLine
      if (end.endCol !== undefined) location.endCol = end.endCol
      if (end.endOffset !== undefined) location.endOffset = end.endOffset
      if (end.endTag) location.endTag = endTagWritten
    },
    restore(input) {
      if (!cuts) return true
      for (let cut = 0; cut < cuts.at.length; cut++) {
        const owner = owners[cut]
        if (!owner || !to[cut] || owner.childNodes.length > 0) return false
      }
      for (let cut = 0; cut < cuts.at.length; cut++) {
        const {start, end} = cuts.bodies[cut]!
        const raw = input.slice(start, end)
        // The tokenizer's own changes to raw text: line endings read as `\n`, NUL as U+FFFD.
        const value = raw.includes('\r') || raw.includes('\0') ? raw.replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD') : raw
        const [startLine, startColumn] = from[cut]!
        const [endLine, endColumn] = to[cut]!
        const text: P5Text = {nodeName: '#text', value, parentNode: owners[cut]!, runs: [0, startLine, startColumn, start, endLine, endColumn, end]}
        owners[cut]!.childNodes.push(text)
      }
      return true
    }
  }

  /** Record a script or style element whose start tag ends at a cut. */
  function own(cuts: RawTextCuts, node: P5Element, location: Token.ElementLocation): void {
    if (node.tagName !== 'script' && node.tagName !== 'style') return
    const tag = location.startTag
    if (!tag || node.namespaceURI !== htmlSpace) return
    const cut = cuts.cutOf(tag.endOffset, true) + 1
    if (cuts.at[cut] !== tag.endOffset) return
    owners[cut] = node
    const before = cut - 1
    from[cut] = [cuts.line(before, tag.endLine), cuts.column(before, tag.endLine, tag.endCol)]
  }

  /** Record where the end tag of a recorded element starts, when it starts at that element's cut. */
  function ownEnd(cuts: RawTextCuts, node: P5Element, endTag: Token.Location): void {
    const cut = cuts.cutOf(endTag.startOffset)
    if (cut < 0 || owners[cut] !== node || cuts.at[cut] !== endTag.startOffset) return
    to[cut] = [cuts.line(cut, endTag.startLine), cuts.column(cut, endTag.startLine, endTag.startCol)]
  }
}

/** A location's span moved to the page; a start tag's end (`tagEnd`) at a cut stays before it. */
function moved(cuts: RawTextCuts, location: Token.Location, tagEnd: boolean): Token.ElementLocation {
  const start = cuts.cutOf(location.startOffset)
  const end = cuts.cutOf(location.endOffset, tagEnd)
  return {
    startLine: cuts.line(start, location.startLine),
    startCol: cuts.column(start, location.startLine, location.startCol),
    startOffset: cuts.offset(start, location.startOffset),
    endLine: cuts.line(end, location.endLine),
    endCol: cuts.column(end, location.endLine, location.endCol),
    endOffset: cuts.offset(end, location.endOffset)
  } as Token.ElementLocation
}

/** A template's whole location (its span, start tag and attributes) moved to the page. */
function movedWhole(cuts: RawTextCuts, location: Token.ElementLocation): Token.ElementLocation {
  const whole = moved(cuts, location, true)
  if (location.startTag) whole.startTag = moved(cuts, location.startTag, true)
  if (location.attrs) {
    const attrs: Record<string, Token.Location> = {}
    for (const [name, value] of Object.entries(location.attrs)) attrs[name] = moved(cuts, value, false)
    whole.attrs = attrs
  }
  return whole
}

/** An element's end location moved to the page. */
function movedEnd(cuts: RawTextCuts, location: Partial<Token.ElementLocation>): Partial<Token.ElementLocation> {
  const end = {...location}
  if (location.endOffset !== undefined && location.endLine !== undefined && location.endCol !== undefined) {
    const cut = cuts.cutOf(location.endOffset)
    end.endLine = cuts.line(cut, location.endLine)
    end.endCol = cuts.column(cut, location.endLine, location.endCol)
    end.endOffset = cuts.offset(cut, location.endOffset)
  }
  if (location.endTag) end.endTag = moved(cuts, location.endTag, false)
  return end
}

/** The mark of an end tag written in the source, shared by every element that has one (its location is never read). */
const endTagWritten: Token.Location = {startLine: 0, startCol: 0, startOffset: 0, endLine: 0, endCol: 0, endOffset: 0}

function isTemplate(node: P5Node): boolean {
  return defaultTreeAdapter.isElementNode(node) && node.tagName === 'template'
}

/** A location's span alone. */
function span(location: Token.ElementLocation | Token.Location): Token.ElementLocation {
  const {startLine, startCol, startOffset, endLine, endCol, endOffset} = location
  return {startLine, startCol, startOffset, endLine, endCol, endOffset} as Token.ElementLocation
}

function newText(value: string): P5Text {
  return {nodeName: '#text', value, parentNode: null, pending: 0}
}

function append(node: P5Text, text: string): void {
  node.pending = node.value.length
  node.value += text
}

function addRun(node: P5Text, location: Token.Location, cuts: RawTextCuts | undefined): void {
  const runs = (node.runs ??= [])
  const index = node.pending ?? 0
  node.pending = undefined
  // A character token never spans a cut (one stands only between a start tag and its end tag): one cut moves both ends.
  const cut = cuts ? cuts.cutOf(location.startOffset) : -1
  const startOffset = cut < 0 ? location.startOffset : cuts!.offset(cut, location.startOffset)
  const endLine = cut < 0 ? location.endLine : cuts!.line(cut, location.endLine)
  const endCol = cut < 0 ? location.endCol : cuts!.column(cut, location.endLine, location.endCol)
  const endOffset = cut < 0 ? location.endOffset : cuts!.offset(cut, location.endOffset)
  const last = runs.length - fields
  // Contiguous with the run before (the usual case: words and the spaces between them): extend it.
  if (last >= 0 && runs[last + 6] === startOffset) {
    runs[last + 4] = endLine
    runs[last + 5] = endCol
    runs[last + 6] = endOffset
    return
  }
  const startLine = cut < 0 ? location.startLine : cuts!.line(cut, location.startLine)
  const startCol = cut < 0 ? location.startCol : cuts!.column(cut, location.startLine, location.startCol)
  runs.push(index, startLine, startCol, startOffset, endLine, endCol, endOffset)
}

/** The hast nodes of a text node: one per contiguous run of its source. */
function textNodes(input: string, node: P5Text): Text[] {
  const runs = node.runs
  if (!runs || runs.length === 0) return [{type: 'text', value: node.value}]
  const nodes: Text[] = []
  for (let at = 0; at < runs.length; at += fields) {
    const to = at + fields < runs.length ? runs[at + fields]! : node.value.length
    const value = node.value.slice(runs[at]!, to)
    const start = runStart(input, runs[at + 3]!, runs[at + 6]!, value)
    nodes.push({
      type: 'text',
      value,
      position: {
        start: {line: runs[at + 1]!, column: runs[at + 2]! - (runs[at + 3]! - start), offset: start},
        end: {line: runs[at + 4]!, column: runs[at + 5]!, offset: runs[at + 6]!}
      }
    })
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
  const stack: Array<[P5Node[], Array<RootContent | ElementContent>]> = [[document.childNodes, root.children]]
  while (stack.length > 0) {
    const [nodes, into] = stack.pop()!
    for (const node of nodes) {
      if (defaultTreeAdapter.isTextNode(node)) {
        for (const text of textNodes(input, node)) into.push(text)
      } else if (defaultTreeAdapter.isCommentNode(node)) {
        into.push(withPosition<Comment>({type: 'comment', value: node.data}, node.sourceCodeLocation))
      } else if (defaultTreeAdapter.isDocumentTypeNode(node)) {
        into.push(withPosition<Doctype>({type: 'doctype'}, node.sourceCodeLocation))
      } else if (defaultTreeAdapter.isElementNode(node)) {
        const element = hastElement(node)
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

function withPosition<T extends Comment | Doctype>(node: T, location: Token.Location | null | undefined): T {
  if (!location) return node
  return {
    ...node,
    position: {
      start: {line: location.startLine, column: location.startCol, offset: location.startOffset},
      end: {line: location.endLine, column: location.endCol, offset: location.endOffset}
    }
  }
}
