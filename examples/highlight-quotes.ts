/**
 * Highlight every quote in the original text by its position, with who said
 * it: the positions point into the input, so slicing the input by them gives
 * the quoted words back, whatever the format.
 *
 *   npx tsx examples/highlight-quotes.ts [path/to/article]
 */
import {readFileSync} from 'node:fs'
import {parseArticle} from 'news-anatomy'

const path = process.argv[2] ?? new URL('article.txt', import.meta.url)
const input = readFileSync(path, 'utf8')
const article = parseArticle(input)

// Mark each quote [[like this]] in the input, from the last to the first so earlier offsets stay valid.
let marked = input
for (const quote of [...article.quotes].sort((a, b) => b.position.start.offset - a.position.start.offset)) {
  const {start, end} = quote.position
  marked = `${marked.slice(0, start.offset)}[[${marked.slice(start.offset, end.offset)}]]${marked.slice(end.offset)}`
}
process.stdout.write(marked)

console.log('\nQuotes:')
for (const quote of article.quotes) {
  const {line, column} = quote.position.start
  const who = quote.attribution?.speaker.name ?? 'unattributed'
  console.log(`  ${line}:${column}  ${quote.kind.padEnd(8)} ${who}: ${input.slice(quote.position.start.offset, quote.position.end.offset)}`)
}
