import {Worker} from 'node:worker_threads'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// Issue 12's aim: no depth limit below 100,000 nested elements, the same in the main thread and in a worker.
const depth = 100_000
const story =
  '<h1>Ferry Service Returns</h1><p>The island ferry ran again on Monday after a month of repairs, the operator said.</p>' +
  '<p>Passengers waited at the pier from early morning to board the first crossing of the day.</p>'
const page = (tag: string) => `<html><body>${`<${tag}>`.repeat(depth)}${story}${`</${tag}>`.repeat(depth)}</body></html>`

describe('a story nested 100,000 elements deep', () => {
  it.each(['div', 'span'])('is read from inside <%s>s, with positions', {timeout: 120_000}, (tag) => {
    const input = page(tag)
    const article = parseArticle(input, {format: 'html'})
    expect(article.messages.filter((message) => message.fatal)).toEqual([])
    expect(article.headline?.text).toBe('Ferry Service Returns')
    const paragraphs = article.sections.flatMap((section) => section.paragraphs)
    expect(paragraphs).toHaveLength(2)
    for (const paragraph of paragraphs) expect(input.slice(paragraph.position.start.offset, paragraph.position.end.offset)).toBe(paragraph.text)
  })

  it('gives the same article in a worker thread (a smaller stack) as in the main thread', {timeout: 180_000}, async () => {
    const input = page('div')
    const here = JSON.stringify(parseArticle(input, {format: 'html'}))
    // A worker's stack is not the main thread's: a recursive walk would fail in one and not the other.
    const worker = new Worker(new URL('./parse-in-worker.mjs', import.meta.url), {workerData: input, resourceLimits: {stackSizeMb: 1}})
    const there = await new Promise<string>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
    })
    await worker.terminate()
    expect(there).toBe(here)
  })
})
