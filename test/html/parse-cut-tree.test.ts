import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findRawText} from '../../src/blocks/html/find-raw-text.js'
import {parseCutTree, parseTree, parseWholeTree} from '../../src/blocks/html/parse-tree.js'
import {corpusPages, expectCutTreeAsWhole} from './cut-tree-pages.js'

describe('findRawText', () => {
  // [case, markup, the raw texts found]
  const rows: Array<[string, string, string[]]> = [
    ['a script', '<p>a</p><script>let b = "</p>"</script>', ['let b = "</p>"']],
    ['a style, its end tag with a space', '<style>p { color: red }</style ><p>a</p>', ['p { color: red }']],
    ['an end tag in capitals', '<script>a()</SCRIPT>', ['a()']],
    ['a longer end tag name is text', '<script>a</scripts>b</script>', ['a</scripts>b']],
    ['`>` inside quoted attribute values', `<script data-a="x>y" data-b='z>w'>c()</script>`, ['c()']],
    ['an escaped script ends at its end tag', '<script><!-- a() </script><p>b</p>', ['<!-- a() ']],
    ['a script escaped with a script inside is left out', '<script><!-- <script>a()</script> b() --></script>', []],
    ['an escape alone is kept', '<script><!-- a() //--></script>', ['<!-- a() //-->']],
    ['the escape closed by `-->` before the end tag', '<script><!-- a --> b</script>', ['<!-- a --> b']],
    ['a comment is skipped', '<!-- <script>a()</script> --><style>b</style>', ['b']],
    ['an abrupt comment end', '<!--><script>a</script>', ['a']],
    ['inside svg, a style is not raw text', '<svg><style>.a{}</style></svg><script>b</script>', ['b']],
    ['an empty script has none', '<script></script><script src="a.js"></script>', []],
    ['a script running to the end has none', '<p>a</p><script>b()', []],
    ['a tag that only starts like one', '<scripts>a</scripts><styles>b</styles>', []]
  ]
  it.each(rows)('%s', (_, html, texts) => {
    expect(findRawText(html).map(({start, end}) => html.slice(start, end))).toEqual(texts)
  })
})

describe('parseCutTree', () => {
  // [case, markup, whether the cut tree is used (otherwise the page is read whole)]
  const rows: Array<[string, string, boolean]> = [
    ['a script between paragraphs', '<p>a</p><script>let b = "</p><p>"</script><p>c</p>', true],
    ['scripts and styles in the head', '<html><head><style>p{}</style><script>a()</script></head><body><p>b</p></body></html>', true],
    ['line endings and NUL in a script', '<p>a</p><script>b\r\nc\rd\0e</script>\r\n<p>f</p>', true],
    ['a script over several lines, text after it on its last line', '<p>a</p><script>\nb\nc</script><p>d</p>\n<p>e</p>', true],
    ['two scripts on one line', '<script>a</script><script>b</script><p>c</p><style>d</style><p>e</p>', true],
    ['JSON-LD with a reference kept as written', '<script type="application/ld+json">{"headline":"A &amp; B"}</script><h1>A</h1>', true],
    ['an escaped script', '<script><!-- a() //--></script><p>c</p>', true],
    ['a script escaped with a script inside is read whole', '<script><!-- <script>a</script> b --></script><p>c</p>', false],
    ['a script in a table', '<table><script>a</script><tr><td>b</td></tr></table>', true],
    ['a script in a template', '<template><script>a</script><p>b</p></template><p>c</p>', true],
    ['a style in noscript (scripting off)', '<noscript><style>a{}</style><p>b</p></noscript>', true],
    ['a surrogate pair at the cut', '<script>\u{1F600}</script><p>\u{1F600}</p>', true],
    ['a style inside svg and a script after it', '<svg><style>.a{}</style></svg><script>b</script><p>c</p>', true],
    ['a script in a title is text', '<title>a <script>b</script></title><p>c</p>', false],
    ['a style in a textarea is text', '<textarea><style>a</style></textarea><p>b</p>', false],
    ['a script in an iframe is text', '<iframe><script>a</script></iframe><p>b</p>', false],
    ['a script tag in an attribute value', '<p title="<script>">a</p><script>b</script>', false],
    ['a style in a nested svg', '<svg><svg></svg><style>a</style></svg><p>b</p>', false],
    ['a quote inside an unquoted value', '<script data-a=b"c>d">e</script><p>f</p>', false]
  ]
  it.each(rows)('%s', (_, html, cut) => {
    const tree = parseCutTree(html)
    expect(tree !== undefined).toBe(cut)
    expect(tree ?? parseTree(html)).toEqual(parseWholeTree(html))
  })

  it('gives the tree of the page read whole, or nothing, for any mix of raw text and markup', () => {
    const piece = fc.constantFrom(
      '<script>', '</script>', '<SCRIPT type="a>b">', '</script >', '<style>', '</style>', '<!--', '-->', '--!>', '<!-->',
      '<svg>', '</svg>', '<math><mi>', '<title>', '</title>', '<textarea>', '<select>', '<table>', '<tr><td>', '<template>',
      '</template>', '<p>', '</p>', '<pre>', '<br>', '<', '/', '-', '>', '!', '"', "'", '=', 'script', 'x', ' ', '\n', '\r\n',
      '\r', '\0', '&amp;', '&', '\u{1F600}', '<scriptx>', '<p title="', '<!--->'
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), (pieces) => {
        const html = pieces.join('')
        const whole = parseWholeTree(html)
        const tree = parseCutTree(html)
        if (tree) expect(tree).toEqual(whole)
        expect(parseTree(html)).toEqual(whole)
      }),
      {numRuns: 1500}
    )
  })
})

// Every corpus page, read cut and read whole, is in the slow suite (test/slow/parse-cut-tree-corpus.test.ts, which
// `.ci/run` runs): 78 whole pages parsed twice were the unit suite's longest file. One page in eight stays here.
const pages = corpusPages().filter((_, index) => index % 8 === 0)

describe.skipIf(pages.length === 0)(`parseCutTree on corpus pages (${pages.length > 0 ? 'one in eight' : 'skipped: ../shared/corpus is absent'})`, () => {
  it.each(pages)('%s: read cut when it has raw text, the tree of the page read whole', (page) => {
    expectCutTreeAsWhole(readFileSync(page, 'utf8'))
  })
})
