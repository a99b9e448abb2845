import {describe, expect, it} from 'vitest'
import {dropRawText} from '../../src/report/drop-raw-text.js'

describe('dropRawText', () => {
  it.each<[string, string]>([
    ['a<script>x()</script>b', 'a b'],
    ['a<SCRIPT type="x">x()</Script >b', 'a b'],
    ['a<style>p{}</style>b<script>1</script>c', 'a b c'],
    ['a<script>never closed', 'a '],
    ['a<scripts>kept</scripts>b', 'a<scripts>kept</scripts>b'],
    ['a<b>kept</b>', 'a<b>kept</b>'],
    ['a<script>x</style>y</script>b', 'a b'],
    ['a<title>T</title><noscript>n</noscript>b', 'a b']
  ])('%j → %j', (input, expected) => {
    expect(dropRawText(input, ['script', 'style', 'template', 'noscript', 'title'], ' ').replace(/ {2,}/g, ' ')).toBe(expected)
  })

  it('keeps the elements it is not asked to drop', () => {
    expect(dropRawText('a<title>T</title>b', ['script'], ' ')).toBe('a<title>T</title>b')
  })

  it('is linear on many unclosed start tags', () => {
    const input = `T${'<STYLE/T'.repeat(50_000)}a`
    expect(dropRawText(input, ['style'], '')).toBe('T')
  })
})
