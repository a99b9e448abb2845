/**
 * Use news-anatomy as a unified plugin after rehype-parse: `.process()` puts
 * the article on `file.data.article` and its findings in `file.messages`,
 * like any linter's. The plugin reads the file's text (the tree tells it the
 * format), so positions point into the page.
 *
 *   npx tsx examples/unified-plugin.ts
 */
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {newsAnatomy} from 'news-anatomy/unified'

const page = `<!doctype html>
<html><head><title>Night Trains Return to the Valley Line</title></head>
<body><nav><a href="/">Home</a> <a href="/travel">Travel</a></nav>
<article>
<h1>Night Trains Return to the Valley Line</h1>
<p class="byline">By Omar Reyes</p>
<p>Overnight trains will run on the valley line again from May, the rail operator said on Thursday.</p>
<p>“People asked for this for years,” said Lina Park, the operator's head of services.</p>
</article>
<footer>© Valley Courier</footer></body></html>`

const file = await unified().use(rehypeParse).use(newsAnatomy).process(new VFile({value: page, path: 'page.html'}))
const article = file.data.article

console.log('headline:', article?.headline?.text)
console.log('byline:  ', article?.byline?.authors.join(', '))
for (const quote of article?.quotes ?? []) console.log(`quote:    ${quote.attribution?.speaker.name ?? '?'}: ${quote.text}`)
for (const message of file.messages) console.log(`message:  ${message.ruleId} ${message.reason}`)
