/**
 * Read an article from a file given on the command line and print its
 * anatomy as the readable report.
 *
 *   npx tsx examples/read-file.ts examples/article.txt
 */
import {readFileSync} from 'node:fs'
import {parseArticle, toText} from 'news-anatomy'

const path = process.argv[2]
if (!path) {
  console.error('usage: npx tsx examples/read-file.ts <article file> (try examples/article.txt)')
  process.exit(2)
}

let text: string
try {
  text = readFileSync(path, 'utf8')
} catch (error) {
  console.error(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

process.stdout.write(toText(parseArticle(text)))
