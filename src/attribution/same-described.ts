/** The parts of a known source that {@link isSameDescribed} reads. */
interface Known {
  readonly name: string
  /** Lower-case head word (`report`, `department`). */
  readonly head: string
  readonly issuer?: {readonly name: string; readonly aliases: readonly string[]}
}

/** A name's lower-case words, possessives cut (`city’s` → `city`). */
const wordsOf = (name: string) => name.toLowerCase().split(/\s+/).map((word) => word.replace(/['’]s?$/, ''))

/**
 * Whether a definite description ("the report", "the health department",
 * "the city’s report") takes up a source described before, not named: the
 * same head word, and the words of one are all words of the other (a
 * document's issuer counting as its words). So "the department" is "the
 * health department" read before and "the report" is "the ferry line’s annual
 * report", while "the federal government" after "the provincial government",
 * or "the city’s report" after "the province’s report", is another source.
 *
 * @param head - The mention's lower-case head word.
 * @param name - The mention's words without its determiner.
 *
 * @example
 *   isSameDescribed({name: 'province’s report', head: 'report'}, 'report', 'report') // true
 *   isSameDescribed({name: 'provincial government', head: 'government'}, 'government', 'federal government') // false
 */
export function isSameDescribed(known: Known, head: string, name: string): boolean {
  const own = wordsOf(known.name)
  if (known.head !== head && own.at(-1) !== head) return false
  if (known.issuer) for (const alias of [known.issuer.name, ...known.issuer.aliases]) own.push(...wordsOf(alias))
  const mention = wordsOf(name)
  return mention.every((word) => own.includes(word)) || own.every((word) => mention.includes(word))
}
