/**
 * The demo: the anatomy of the reference article (Voice of America, public
 * domain), printed as a readable report.
 *
 *   npm run demo
 */
import {readFileSync} from 'node:fs'
import {parseArticle, toText} from 'news-anatomy'

const path = new URL('../test/fixtures/voa-taliban-al-qaida/input.txt', import.meta.url)
const article = parseArticle(readFileSync(path, 'utf8'))
process.stdout.write(toText(article))
