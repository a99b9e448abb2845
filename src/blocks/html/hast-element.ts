import type {Element, Root} from 'hast'
import type {DefaultTreeAdapterMap} from 'parse5'
import type {Locator} from '../../locate.js'
import {attributeProperties} from './attribute-properties.js'

const htmlSpace = 'http://www.w3.org/1999/xhtml'
const whiteSpace = /[ \t\n\r\f]+/g

/**
 * One parse5 element as a hast element, without its children: tag name,
 * properties (the attributes the reader asks for under their hast names and
 * types, see {@link attributeProperties}), position, and an empty `content`
 * root for an HTML `<template>`. The tree builder adds the children.
 *
 * @param locator The page's locator, which turns the element's offsets into points.
 * @example
 *   hastElement(p5Div, locator).properties.className // ['story', 'main'] for class="story  main"
 */
export function hastElement(node: DefaultTreeAdapterMap['element'], locator: Locator): Element {
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
  if (location) element.position = locator.position(location.startOffset, location.endOffset)
  if (node.tagName === 'template' && node.namespaceURI === htmlSpace) element.content = templateContent(node as DefaultTreeAdapterMap['template'], locator)
  return element
}

/** The tokens of a white-space separated attribute value. */
function tokens(value: string): string[] {
  const trimmed = value.trim()
  return trimmed ? trimmed.split(whiteSpace) : []
}

/** A template's content root, placed between its tags when both are written. */
function templateContent(node: DefaultTreeAdapterMap['template'], locator: Locator): Root {
  const content: Root = {type: 'root', children: []}
  const location = node.sourceCodeLocation
  if (location?.startTag && location.endTag) content.position = locator.position(location.startTag.endOffset, location.endTag.startOffset)
  return content
}
