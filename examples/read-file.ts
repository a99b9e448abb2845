/**
 * Read an article from a file given on the command line and print its anatomy.
 *
 *   npx tsx examples/read-file.ts path/to/article.txt
 */
import {readFileSync} from 'node:fs'
import {parseArticle, toText} from '../src/index.js'

const path = process.argv[2]
if (!path) {
  console.error('usage: npx tsx examples/read-file.ts <article.txt>')
  process.exit(2)
}

const article = parseArticle(readFileSync(path, 'utf8'))
process.stdout.write(toText(article))
