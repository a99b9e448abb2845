import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {Browser, BrowserContext} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseArticle, toHtml} from '../../src/index.js'
import type {Article} from '../../src/index.js'
import {collectErrors, computedStyle, launchChromium, outputFolder, root, seriousViolations} from './chromium.js'

// The HTML report of the reference article, opened from a file in headless
// Chromium with every request outside that file refused and counted.

const input = readFileSync(path.join(root, 'test/fixtures/voa-taliban-al-qaida/input.txt'), 'utf8')
const golden = JSON.parse(readFileSync(path.join(root, 'test/fixtures/voa-taliban-al-qaida/output.json'), 'utf8')) as Article
const reportPath = path.join(outputFolder, 'report-reference.html')

let browser: Browser
let context: BrowserContext
let html = ''
const outside: string[] = []

beforeAll(async () => {
  browser = await launchChromium()
  html = toHtml(parseArticle(input), input)
  writeFileSync(reportPath, html)
  // bypassCSP lets axe-core in; it also means the page's own CSP cannot hide a request: the route counts them all.
  context = await browser.newContext({bypassCSP: true, viewport: {width: 1280, height: 900}})
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url === `file://${reportPath}`) return route.continue()
    outside.push(url)
    return route.abort()
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

describe('the HTML report of the reference article', {timeout: 60_000}, () => {
  it('is one file under 200 KB that opens with no network and no errors', async () => {
    const page = await context.newPage()
    const errors = collectErrors(page)
    await page.goto(`file://${reportPath}`)
    const size = Buffer.byteLength(html)
    console.log(`report: ${(size / 1024).toFixed(1)} KB for a ${(input.length / 1024).toFixed(1)} KB article`)
    expect(size).toBeLessThan(200 * 1024)
    expect(outside).toEqual([])
    expect(errors).toEqual([])
    expect(await page.locator('script, link[rel=stylesheet], img').count()).toBe(0)
    await page.screenshot({path: path.join(outputFolder, 'report-reference.png'), fullPage: true})
  })

  it('marks the headline', async () => {
    const page = await context.newPage()
    await page.goto(`file://${reportPath}`)
    const headline = page.locator('main .source .headline')
    await expect(headline.count()).resolves.toBe(1)
    expect(await headline.isVisible()).toBe(true)
    expect((await headline.innerText()).replace(/^HEADLINE\s*/i, '').replace(/\s+/g, ' ').trim()).toBe(golden.headline!.text)
    expect(Number(await computedStyle(headline, 'font-weight'))).toBeGreaterThanOrEqual(700)
  })

  it('colours the 15 quotes by speaker and names the right speaker in each tooltip', async () => {
    const page = await context.newPage()
    await page.goto(`file://${reportPath}`)
    const expected = golden.quotes.map((quote, index) => ({quote, number: index + 1})).filter(({quote}) => quote.kind !== 'indirect')
    expect(expected.length).toBe(15)
    const colours = new Map<string, string>()
    for (const {quote, number} of expected) {
      const element = page.locator(`main #quote-${number}`)
      const tip = element.locator('.tip')
      expect(await tip.isVisible()).toBe(false)
      await element.hover()
      expect(await tip.isVisible(), `tooltip of quote ${number}`).toBe(true)
      const lines = await tip.locator('.tip-line').allInnerTexts()
      const speaker = quote.attribution!.speaker
      expect(lines[0]!.replace(/\s+/g, ' ')).toBe(`Speaker ${speaker.name}`)
      if (speaker.role) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^Role\\s+${speaker.role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)))
      if (quote.attribution!.cue) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^Cue\\s+${quote.attribution!.cue.text}$`)))
      const background = await computedStyle(element, 'background-color')
      expect(background, `quote ${number} is coloured`).not.toMatch(/^rgba?\(0, 0, 0, 0\)$|^rgb\(255, 255, 255\)$/)
      if (colours.has(speaker.name)) expect(background).toBe(colours.get(speaker.name))
      colours.set(speaker.name, background)
    }
    // Different speakers, different colours: speakers of quoted words come first to the palette's 12 colours.
    expect(new Set(colours.values()).size).toBe(colours.size)
    // Focus shows the tooltip too (keyboard readers).
    await page.mouse.move(0, 0)
    const first = page.locator(`main #quote-${expected[0]!.number}`)
    await first.focus()
    expect(await first.locator('.tip').isVisible()).toBe(true)
    await page.screenshot({path: path.join(outputFolder, 'report-tooltip.png')})
  })

  it('marks the FILE-photo captions, with their place and date', async () => {
    const page = await context.newPage()
    await page.goto(`file://${reportPath}`)
    const files = golden.captions.map((caption, index) => ({caption, number: index + 1})).filter(({caption}) => caption.file)
    expect(files.length).toBeGreaterThan(0)
    for (const {caption, number} of files) {
      const element = page.locator(`main #caption-${number}`)
      expect(await element.getAttribute('data-label')).toMatch(/^Caption · file photo/)
      expect((await element.innerText()).replace(/^CAPTION · FILE PHOTO\s*/i, '').replace(/(PLACE|DATE)/g, '').replace(/\s+/g, ' ').trim()).toBe(caption.text)
      if (caption.place) expect(await element.locator('.fact-place').innerText()).toBe(caption.place)
      if (caption.date) expect(await element.locator('.fact-date').innerText()).toBe(caption.date)
    }
    const printed = golden.captions.filter((caption) => caption.file).reduce((sum, caption) => sum + caption.occurrences.length, 0)
    expect(await page.locator('main .caption[data-label^="Caption · file photo"]').count()).toBe(printed)
  })

  it('has no serious or critical accessibility violations (axe-core, contrast included)', async () => {
    const page = await context.newPage()
    await page.goto(`file://${reportPath}`)
    expect(await page.locator('header').count()).toBe(1)
    expect(await page.locator('main').count()).toBe(1)
    expect(await page.locator('aside').count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    // With a tooltip open as well.
    await page.locator('main .q').first().focus()
    expect(await seriousViolations(page)).toEqual([])
  })

  it('would see faint text: the accessibility check can fail', async () => {
    const page = await context.newPage()
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><p style="color:#bbb;background:#fff">Faint words</p></main></html>')
    expect((await seriousViolations(page)).map((violation) => violation.id)).toContain('color-contrast')
  })

  it('shows <script> and attribute-breaking input as text, and runs none of it', async () => {
    const hostile = [
      'Harbour <script>window.__hit = "script"</script> Reopens',
      '',
      '“"><img src=x onerror="window.__hit = \'img\'">,” said Ada <b onmouseover="window.__hit = 1">Fern</b>, the harbour master.',
      '',
      '\'><svg onload="window.__hit = \'svg\'"></svg> and </style><script>window.__hit = "style"</script> were typed into the form, officials said.'
    ].join('\n')
    const file = path.join(outputFolder, 'report-hostile.html')
    writeFileSync(file, toHtml(parseArticle(hostile, {format: 'text'}), hostile, {format: 'text'}))
    await context.route(`file://${file}`, (route) => route.continue())
    const page = await context.newPage()
    const errors = collectErrors(page)
    await page.goto(`file://${file}`)
    await page.locator('main .q').first().hover()
    await page.mouse.move(0, 0)
    expect(await page.evaluate(() => (globalThis as unknown as {__hit?: unknown}).__hit)).toBeUndefined()
    expect(await page.locator('script, img, svg, b').count()).toBe(0)
    const shown = (await page.locator('main .source').innerText()).replace(/\s+/g, ' ')
    for (const payload of ['<script>window.__hit = "script"</script>', '"><img src=x onerror="window.__hit = \'img\'">', '<b onmouseover="window.__hit = 1">', '</style><script>']) {
      expect(shown).toContain(payload)
    }
    expect(errors).toEqual([])
  })
})
