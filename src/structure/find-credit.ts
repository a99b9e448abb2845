import {creditPatterns, creditRoleWords} from '../lexicon/credit-phrases.js'
import {splitNames} from './split-names.js'

const role = `(?:additional\\s+)?(?:${creditRoleWords.join('|')})(?:\\s+by)?\\s*`
/** Where one role's clause ends and the next begins: "; Editing by", ", additional reporting by". */
const clauseBreak = new RegExp(`;\\s*(?:${role})?|,\\s*${role}(?=\\S)`, 'i')
/** The place a contributor filed from, after the name: "Jane Doe in Lisbon", up to the next name or clause. */
const filedFrom = /(\S)\s+(?:in|from)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*(?=\s*(?:,|;|\band\b|&|$))/gu

/**
 * If `text` is a contributor line, return who contributed; otherwise `undefined`.
 * Each role's clause names its own people ("Reporting by A; Editing by B",
 * "Reporting by A, writing by B"), and the place a reporter filed from is not
 * part of the name ("Additional reporting by Jane Doe in Lisbon").
 *
 * @example
 *   readCredit("VOA's Afghanistan Service contributed to this report.")
 *   // ["VOA's Afghanistan Service"]
 */
export function readCredit(text: string): string[] | undefined {
  if (text.length > 400) return undefined
  for (const pattern of creditPatterns) {
    const match = pattern.exec(text)
    if (match) {
      const names = match[1]!
        .split(clauseBreak)
        .flatMap((part) => splitNames(part.replace(filedFrom, '$1')))
      if (names.length > 0) return names
    }
  }
  return undefined
}
