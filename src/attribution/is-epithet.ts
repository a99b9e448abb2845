/** An age as a noun: `30-year-old`. */
const age = /^\d+-year-old$/
/** Endings of nouns for what a person does or is (`brawler`, `sprinter`, `novelist`). */
const agent = /^[a-z-]{3,}(?:er|or|ist)$/

/**
 * Whether the head of a definite description no word list knows reads as an
 * epithet for a person named before: an age ("the 30-year-old said") or an
 * agent noun ("the ferocious brawler said"). Nouns the lexicon lists as titles,
 * organisations, groups or documents never reach this test.
 *
 * @example
 *   isEpithet('30-year-old') // true
 *   isEpithet('brawler') // true
 *   isEpithet('data') // false
 */
export function isEpithet(head: string): boolean {
  return age.test(head) || agent.test(head)
}
