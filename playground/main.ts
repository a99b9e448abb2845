/**
 * The playground: paste or drop an article, see it marked and as JSON.
 * Everything runs here, in the page; nothing is fetched or sent.
 */
import {detectFormat} from '../src/blocks/detect-format.js'
import {parseArticle, toHtml, type InputFormat} from '../src/index.js'
import {decodePermalink, encodePermalink} from './permalink.js'
import {warmUpArticle} from './warm-up-article.js'

const example = `Harbour Bridge Reopens After Two Years of Repairs

By Ana Lowe

PORTVILLE — The harbour bridge reopened to traffic on Monday after two years of repairs, the city council said.

“We are proud of the crews,” Mayor Tom Reed told reporters on the quay. “They worked through every winter.”

FILE - Workers paint the bridge in Portville, Jan. 5, 2024.

Residents called the reopening “long overdue,” and the Portville Harbour Trust said traffic in the old town would ease.

Cost of the work

The repairs cost more than planned because the foundations had to be rebuilt, officials said.

“It cuts my drive in half,” said Lena Park, who runs a bakery near the bridge.
`

const formats: readonly InputFormat[] = ['auto', 'text', 'html', 'markdown']
/** Hashes longer than this are not written (browsers cap URLs around 2 MB). */
const longestHash = 1_500_000

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T
const input = element<HTMLTextAreaElement>('input')
const format = element<HTMLSelectElement>('format')
const detected = element<HTMLOutputElement>('detected')
const status = element<HTMLOutputElement>('status')
const view = element<HTMLIFrameElement>('view')
const json = element<HTMLPreElement>('json')
const file = element<HTMLInputElement>('file')

/**
 * How many times the warm-up article is read after load: a third round cut
 * the reference article's first parse after load by about a tenth in
 * Chromium and a fifth in Node (scratch A/B), for one more parse at load.
 */
const warmUpRounds = 3

let timer: ReturnType<typeof setTimeout> | undefined
let runs = 0

/** Parse the input, show the marked view and the JSON, and keep the permalink current. */
function run(): void {
  const text = input.value
  const chosen = formats.find((name) => name === format.value) ?? 'auto'
  const used = chosen === 'auto' ? detectFormat(text) : chosen
  detected.value = chosen === 'auto' ? `Detected: ${used}` : `Format: ${used} (chosen)`
  detected.dataset.format = used

  const started = performance.now()
  const article = parseArticle(text, {format: used})
  void article.entities // computed on first read: part of the parse
  const parsed = performance.now()
  const page = toHtml(article, text, {format: used})
  const data = JSON.stringify(article, null, 2)
  const rendered = performance.now()

  view.srcdoc = page
  json.textContent = data
  runs++
  status.dataset.parseMs = (parsed - started).toFixed(1)
  status.dataset.runs = String(runs)
  status.value = `Parsed in ${(parsed - started).toFixed(0)} ms, shown in ${(rendered - parsed).toFixed(0)} ms · ${article.quotes.length} quotes, ${article.speakers.length} speakers`
  void keepPermalink(text, chosen)
}

async function keepPermalink(text: string, chosen: string): Promise<void> {
  if (text === '') {
    history.replaceState(null, '', location.pathname + location.search)
    return
  }
  const hash = await encodePermalink({text, format: chosen})
  if (hash.length <= longestHash && input.value === text) history.replaceState(null, '', `#${hash}`)
}

function later(): void {
  clearTimeout(timer)
  timer = setTimeout(run, 250)
}

/** Take a file's text, with the format its extension names (else auto). */
async function open(source: File): Promise<void> {
  input.value = await source.text()
  const extension = /\.([a-z]+)$/i.exec(source.name)?.[1]?.toLowerCase()
  format.value = extension === 'html' || extension === 'htm' ? 'html' : extension === 'md' || extension === 'markdown' ? 'markdown' : extension === 'txt' ? 'text' : 'auto'
  run()
}

input.addEventListener('input', later)
format.addEventListener('change', run)
file.addEventListener('change', () => {
  const chosen = file.files?.[0]
  if (chosen) void open(chosen)
})
document.addEventListener('dragover', (event) => {
  event.preventDefault()
  document.body.classList.add('dropping')
})
document.addEventListener('dragleave', () => document.body.classList.remove('dropping'))
document.addEventListener('drop', (event) => {
  event.preventDefault()
  document.body.classList.remove('dropping')
  const dropped = event.dataTransfer?.files[0]
  if (dropped) void open(dropped)
})
element<HTMLButtonElement>('example').addEventListener('click', () => {
  input.value = example
  format.value = 'auto'
  run()
})
element<HTMLButtonElement>('permalink').addEventListener('click', async () => {
  await keepPermalink(input.value, format.value)
  try {
    await navigator.clipboard.writeText(location.href)
    status.value = 'Permalink copied: the input is in the address, nothing was sent.'
  } catch {
    status.value = 'Permalink is in the address bar: the input is in the address, nothing was sent.'
  }
})

/**
 * Read an invented full-length article three times, right after load, through
 * everything a reader's parse goes through (entities, the marked view, the
 * JSON), so that the reader's first parse runs optimised code: the first
 * parse pays for setting up the tagger's lexicon (about a second) and for
 * compiling the library's and the report's code, and code is optimised only
 * once it has run on enough varied text (see warm-up-article.ts).
 */
function warmUp(): void {
  for (let round = 0; round < warmUpRounds; round++) {
    const article = parseArticle(warmUpArticle, {format: 'text'})
    void article.entities
    void toHtml(article, warmUpArticle, {format: 'text'})
    void JSON.stringify(article)
  }
}

async function start(): Promise<void> {
  warmUp()
  const link = location.hash.length > 1 ? await decodePermalink(location.hash) : undefined
  if (link) {
    input.value = link.text
    format.value = formats.includes(link.format as InputFormat) ? link.format : 'auto'
  } else if (location.hash.length > 1) status.value = 'The link’s input could not be read.'
  run()
  document.body.dataset.ready = 'true'
}

void start()
