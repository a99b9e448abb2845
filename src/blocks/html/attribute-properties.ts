/** How one attribute becomes a hast property. */
export interface AttributeProperty {
  /** The property's name (`className` for `class`). */
  readonly property: string
  /** Read as a list of tokens split at white space (`class`, `rel`). */
  readonly spaceSeparated?: true
  /** `true` when empty or the attribute's own name (`hidden`, `hidden="hidden"`), else the value as written. */
  readonly overloadedBoolean?: true
}

const table: ReadonlyArray<readonly [attribute: string, info: AttributeProperty]> = [
  ['class', {property: 'className', spaceSeparated: true}],
  ['rel', {property: 'rel', spaceSeparated: true}],
  ['itemprop', {property: 'itemProp', spaceSeparated: true}],
  ['http-equiv', {property: 'httpEquiv', spaceSeparated: true}],
  ['datetime', {property: 'dateTime'}],
  ['aria-hidden', {property: 'ariaHidden'}],
  ['hidden', {property: 'hidden', overloadedBoolean: true}]
]

/**
 * The attributes the HTML reader reads under a property name or type of their
 * own, by lower-cased attribute name and lower-cased property name (as
 * hast's property information finds them: `class` and `classname` are both
 * `className`). Every other attribute keeps its name and its value as a
 * string, which is all the reader asks of them.
 */
export const attributeProperties: ReadonlyMap<string, AttributeProperty> = new Map(
  table.flatMap(([attribute, info]) => [
    [attribute, info],
    [info.property.toLowerCase(), info]
  ])
)
