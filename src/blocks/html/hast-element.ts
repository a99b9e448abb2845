import type {Element, Root} from 'hast'
import type {DefaultTreeAdapterMap, Token} from 'parse5'
import {attributeProperties} from './attribute-properties.js'

const htmlSpace = 'http://www.w3.org/1999/xhtml'
const whiteSpace = /[ \t\n\r\f]+/g

/**
 * One parse5 element as a hast element, without its children: tag name,
 * properties (the attributes the reader asks for under their hast names and
 * types, see {@link attributeProperties}), position, and an empty `content`
 * root for an HTML `<template>`. The tree builder adds the children.
 *
 * @example
 *   hastElement(p5Div).properties.className // ['story', 'main'] for class="story  main"
 */
export function hastElement(node: DefaultTreeAdapterMap['element']): Element {
  const properties: Element['properties'] = {}
  for (const attribute of node.attrs) {
    const name = attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name
    if (Object.hasOwn(Object.prototype, name)) continue
    const info = attributeProperties.get(name.toLowerCase())
    const value = attribute.value
    if (!info) properties[name] = value
    else if (info.spaceSeparated) properties[info.property] = tokens(value)
    else if (info.overloadedBoolean) properties[info.property] = value === '' || value.toLowerCase() === info.property.toLowerCase() ? true : value
    else properties[info.property] = value
  }
  const element: Element = {type: 'element', tagName: node.tagName, properties, children: []}
  const location = node.sourceCodeLocation
  const position = location ? toPosition(location) : undefined
  if (position) element.position = position
  if (node.tagName === 'template' && node.namespaceURI === htmlSpace) element.content = templateContent(node as DefaultTreeAdapterMap['template'])
  return element
}

/** The tokens of a white-space separated attribute value. */
function tokens(value: string): string[] {
  const trimmed = value.trim()
  return trimmed ? trimmed.split(whiteSpace) : []
}

/** A template's content root, placed between its tags when both are written. */
function templateContent(node: DefaultTreeAdapterMap['template']): Root {
  const content: Root = {type: 'root', children: []}
  const location = node.sourceCodeLocation
  const startTag = location?.startTag ? toPosition(location.startTag) : undefined
  const endTag = location?.endTag ? toPosition(location.endTag) : undefined
  if (startTag?.end && endTag?.start) content.position = {start: startTag.end, end: endTag.start}
  return content
}

/** parse5's location as a unist position; a side without line and column is left out (as hast does). */
function toPosition(location: Token.Location): Element['position'] {
  const start = location.startLine && location.startCol ? {line: location.startLine, column: location.startCol, offset: location.startOffset} : undefined
  const end = location.endLine && location.endCol ? {line: location.endLine, column: location.endCol, offset: location.endOffset} : undefined
  if (!start && !end) return undefined
  return {start, end} as NonNullable<Element['position']>
}
