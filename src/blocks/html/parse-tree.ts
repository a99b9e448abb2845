import type {Comment, Doctype, Element, ElementContent, Root, RootContent, Text} from 'hast'
import {defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type Token, type TreeAdapter} from 'parse5'
import {createLocator, type Locator} from '../../locate.js'
import {decodesTo} from './decoded-offsets.js'
import {hastElement} from './hast-element.js'

type P5Node = DefaultTreeAdapterMap['node']
type P5Element = DefaultTreeAdapterMap['element']
type P5Text = DefaultTreeAdapterMap['textNode'] & {
  /** Where each character token's text came from: `[valueIndex, startLine, startColumn, startOffset, endLine, endColumn, endOffset]` per run. */
  runs?: number[]
  /** Where the characters appended last start in `value`, until the parser tells their location. */
  pending?: number | undefined
}

const fields = 7

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
  const document = parse(input, {sourceCodeLocationInfo: true, scriptingEnabled: false, treeAdapter: textRunAdapter})
  return toHast(input, document, locator)
}

/** The default tree adapter, recording where each character token of a text node came from. */
const textRunAdapter: TreeAdapter<DefaultTreeAdapterMap> = {
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
      if (location) addRun(node, location)
    } else node.sourceCodeLocation = location && !isTemplate(node) ? span(location) : location
  },
  // Only an element's span is read, and whether its end tag is written (a template's tags are read whole): the
  // start tag's and each attribute's locations parse5 keeps per element are left out, and the span is updated in place.
  updateNodeSourceCodeLocation(node, endLocation) {
    const location = node.sourceCodeLocation as Token.ElementLocation | null | undefined
    if (!location || isTemplate(node)) {
      defaultTreeAdapter.updateNodeSourceCodeLocation(node, endLocation)
      return
    }
    if (endLocation.endLine !== undefined) location.endLine = endLocation.endLine
    if (endLocation.endCol !== undefined) location.endCol = endLocation.endCol
    if (endLocation.endOffset !== undefined) location.endOffset = endLocation.endOffset
    if (endLocation.endTag) location.endTag = endTagWritten
  }
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

function addRun(node: P5Text, location: Token.Location): void {
  const runs = (node.runs ??= [])
  const index = node.pending ?? 0
  node.pending = undefined
  const last = runs.length - fields
  // Contiguous with the run before (the usual case: words and the spaces between them): extend it.
  if (last >= 0 && runs[last + 6] === location.startOffset) {
    runs[last + 4] = location.endLine
    runs[last + 5] = location.endCol
    runs[last + 6] = location.endOffset
    return
  }
  runs.push(index, location.startLine, location.startCol, location.startOffset, location.endLine, location.endCol, location.endOffset)
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
