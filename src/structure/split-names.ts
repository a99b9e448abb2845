/**
 * Split a list of names: "Jane Doe, John Roe and Ann Poe" → three names.
 * Trailing periods and leading "By" are dropped.
 */
export function splitNames(text: string): string[] {
  return text
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|\band\b|&|\|)\s*/i)
    .map((name) => name.trim().replace(/[.\s]+$/, ''))
    .filter((name) => name.length > 1 && /\p{Lu}|\p{Lo}/u.test(name))
}
