/**
 * Split a list of names: "Jane Doe, John Roe and Ann Poe" → three names.
 * Trailing periods and leading "By" are dropped.
 */
export function splitNames(text: string): string[] {
  return text
    .replace(/^\s*by\s+/i, '')
    .split(/,|;|\band\b|&|\|/i)
    .map((name) => withoutTrailingDots(name.trim()))
    .filter((name) => name.length > 1 && /\p{Lu}|\p{Lo}/u.test(name))
}

/** `text` without the full stops and spaces it ends with (a loop: `/[.\s]+$/` is quadratic on a long run of them). */
function withoutTrailingDots(text: string): string {
  let end = text.length
  while (end > 0 && (text[end - 1] === '.' || /\s/.test(text[end - 1]!))) end--
  return text.slice(0, end)
}
