import {creditPatterns} from '../lexicon/credit-phrases.js'
import {splitNames} from './split-names.js'

/**
 * If `text` is a contributor line, return who contributed; otherwise `undefined`.
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
      // "Reporting by A; Editing by B": each clause names its own people.
      const names = match[1]!
        .split(/;\s*(?:(?:additional\s+)?(?:reporting|writing|editing|research)(?:\s+by)?\s*)?/i)
        .flatMap((part) => splitNames(part))
      if (names.length > 0) return names
    }
  }
  return undefined
}
