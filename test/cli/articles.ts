// Small articles written for these tests (no corpus text).

/** A plain-text article with a headline, a byline, a heading and quotes. */
export function textArticle(n: number, paragraphs = 3): string {
  const body = Array.from({length: paragraphs}, (_, index) =>
    index % 2 === 0
      ? `“The water came up faster than anyone expected in district ${n},” said Maria Lopez, the town's flood officer, on day ${index + 1}.`
      : `Crews worked through the night to clear roads in district ${n}, and officials said schools would stay closed until the weekend.`
  )
  return [
    `River Floods Town Number ${n} After Heavy Rain`,
    'By Jane Doe',
    ...body.slice(0, Math.ceil(paragraphs / 2)),
    'What comes next',
    ...body.slice(Math.ceil(paragraphs / 2))
  ].join('\n\n')
}

/** The same kind of article as a small web page. */
export function htmlArticle(n: number): string {
  return `<!doctype html>
<html><head><title>Bridge Reopens in Town ${n}</title>
<meta name="author" content="John Roe"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Bridge Reopens in Town ${n}</h1>
<p>By John Roe</p>
<p>The old stone bridge over the river reopened on Tuesday after two years of repairs, the council said.</p>
<p>“It is good to drive across again,” said Ana Silva, who runs a bakery on the far bank.</p>
<h2>Cost of the work</h2>
<p>The repairs cost more than planned because the foundations had to be rebuilt, officials said.</p>
</article><footer>© News Site</footer></body></html>
`
}

/** The same kind of article in Markdown. */
export function markdownArticle(n: number): string {
  return `# Library Opens New Wing in Town ${n}

By Jane Doe

The town library opened a new reading wing on Monday, the mayor said.

> “Children finally have room to read,” said Tom Baker, the head librarian.

## Opening hours

The wing is open every day except Sunday.
`
}
