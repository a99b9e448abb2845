import {splitNames} from './split-names.js'

const bylinePattern = /^(?:by|written by|words by|reporting by)\s+(\p{Lu}.{1,150})$/iu
const notNames = /\b(?:the way|now|then|contrast|comparison|far|default)\b/i

/**
 * If `text` is a byline ("By Jane Doe and John Roe"), return the authors.
 *
 * @example
 *   readByline('By Jane Doe and John Roe') // ['Jane Doe', 'John Roe']
 */
export function readByline(text: string): string[] | undefined {
  const match = bylinePattern.exec(text)
  if (!match || notNames.test(match[1]!) || /[.!?]["”]?$/.test(match[1]!.replace(/\b\p{Lu}\.$/u, ''))) return undefined
  // "By Jane Doe, Reuters" and "By Jane Doe | Published 3 May" keep only the names.
  // (The cut is found from one space before the mark: a leading `\s+` would rescan every run of spaces.)
  const cut = /\s(?:[|•·]|updated|published|posted)\b/i.exec(match[1]!)
  const names = splitNames(cut ? match[1]!.slice(0, cut.index).trimEnd() : match[1]!)
  return names.length > 0 ? names : undefined
}
