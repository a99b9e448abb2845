/** The families of quotation marks; a mark closes only a quote of its own family. */
export type MarkFamily = 'double' | 'single' | 'guillemet'

/** What a quotation mark can do where it stands. */
export type MarkRole = 'open' | 'close' | 'either'

/** A character that can be a quotation mark, with its family and role. */
export interface MarkInfo {
  readonly family: MarkFamily
  readonly role: MarkRole
}

const marks: ReadonlyMap<string, MarkInfo> = new Map([
  ['“', {family: 'double', role: 'open'}],
  ['„', {family: 'double', role: 'open'}],
  ['‟', {family: 'double', role: 'open'}],
  ['”', {family: 'double', role: 'close'}],
  ['"', {family: 'double', role: 'either'}],
  ['«', {family: 'guillemet', role: 'open'}],
  ['»', {family: 'guillemet', role: 'close'}],
  ['‘', {family: 'single', role: 'open'}],
  ['’', {family: 'single', role: 'close'}],
  ["'", {family: 'single', role: 'either'}]
])

/**
 * What the character is as a quotation mark, or `undefined` when it is none.
 *
 * @example
 *   quoteMark('“') // {family: 'double', role: 'open'}
 */
export function quoteMark(char: string | undefined): MarkInfo | undefined {
  return char === undefined ? undefined : marks.get(char)
}

/** Whether a character can open a quote (for running quotes across paragraphs). */
export function isOpeningDouble(char: string | undefined): boolean {
  return char === '“' || char === '"' || char === '«' || char === '„'
}

/** Tokens that close a quotation: a closing or two-way double mark, a closing single mark, two apostrophes. */
const closingTokens: ReadonlySet<string> = new Set(['”', '"', "''", '’'])

/**
 * Whether a token closes a quotation (`called it “a disgrace,” saying …`,
 * `said “…” and added`): what a comma may stand inside, and what ends a
 * phrase as a comma does.
 *
 * @example
 *   isClosingToken('”') // true
 */
export function isClosingToken(text: string | undefined): boolean {
  return text !== undefined && closingTokens.has(text)
}
