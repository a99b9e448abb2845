/**
 * Walk the body of an article: each section's heading, then each paragraph
 * with its sentence count and where it starts in the file. Reads the
 * reference article unless a path is given.
 *
 *   npx tsx examples/walk-sections.ts [path/to/article.txt]
 */
import {readFileSync} from 'node:fs'
import {parseArticle} from 'news-anatomy'

const path = process.argv[2] ?? new URL('../test/fixtures/voa-taliban-al-qaida/input.txt', import.meta.url)
const article = parseArticle(readFileSync(path, 'utf8'))

for (const section of article.sections) {
  console.log(`\n## ${section.heading?.text ?? '(lead)'}`)
  for (const paragraph of section.paragraphs) {
    const {line, column} = paragraph.position.start
    const preview = paragraph.text.length > 70 ? `${paragraph.text.slice(0, 69)}…` : paragraph.text
    console.log(`  ${String(line).padStart(4)}:${column}  ${paragraph.sentences.length} sentence(s)  ${preview}`)
  }
}
