/**
 * Measure `detectLanguage` on text in known languages that this machine
 * carries, for choosing the length of the word lists and the share a
 * language needs (src/lexicon/language-words.ts, src/check/detect-language.ts):
 *
 * - development: gettext translations (`/usr/share/locale/<lang>/LC_MESSAGES/*.mo`,
 *   each message with 6 or more words, shuffled) and their English originals;
 * - check: translated manual pages (`/usr/share/man/<lang>/`), running prose,
 *   and the English ones;
 * - English news: every `.txt` under the corpus folder given (default
 *   `../shared/corpus`) must read as English.
 *
 * Each text is cut into samples of W words (100 and 300: a short and a
 * usual article). A language with no such files here is left out.
 *
 *   npx tsx scripts/train/measure-language.ts [corpus-dir]
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {gunzipSync} from 'node:zlib'
import {detectLanguage} from '../../src/check/detect-language.js'
import {languageWords} from '../../src/lexicon/language-words.js'

const languages = Object.keys(languageWords)
const corpus = process.argv[2] ?? '../shared/corpus'
const sizes = [100, 300]
const perLanguage = 200

/** The messages of a gettext .mo file, as [original, translation] pairs. */
function readMo(file: string): Array<[string, string]> {
  const bytes = readFileSync(file)
  const little = bytes.readUInt32LE(0) === 0x950412de
  const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at))
  const count = u32(8)
  const string = (table: number, index: number) => {
    const at = table + 8 * index
    return bytes.subarray(u32(at + 4), u32(at + 4) + u32(at)).toString('utf8')
  }
  return Array.from({length: count}, (_, index) => [string(u32(12), index), string(u32(16), index)] as [string, string])
}

/** A repeatable shuffle (the same samples on every run). */
function shuffle<T>(items: T[]): T[] {
  let seed = 7
  for (let i = items.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    const j = seed % (i + 1)
    ;[items[i], items[j]] = [items[j]!, items[i]!]
  }
  return items
}

/** Consecutive samples of `size` words from a list of texts. */
function samples(texts: readonly string[], size: number): string[] {
  const out: string[] = []
  let words: string[] = []
  for (const text of texts) {
    words.push(...(text.match(/\p{L}+/gu) ?? []))
    while (words.length >= size && out.length < perLanguage) {
      out.push(words.slice(0, size).join(' '))
      words = words.slice(size)
    }
  }
  return out
}

const printf = (text: string) => text.replace(/%[-\d.$]*[a-zA-Z]|\\n|_|<[^>]*>/g, ' ')

function gettext(lang: string): {translated: string[]; english: string[]} {
  const dir = `/usr/share/locale/${lang}/LC_MESSAGES`
  if (!existsSync(dir)) return {translated: [], english: []}
  const pairs = shuffle(readdirSync(dir).filter((file) => file.endsWith('.mo')).flatMap((file) => readMo(path.join(dir, file))))
    .filter(([english, translated]) => english && translated && english.split(/\s+/).length >= 6)
  return {translated: pairs.map(([, translated]) => printf(translated)), english: pairs.map(([english]) => printf(english))}
}

function manPages(lang: string): string[] {
  const dir = lang === 'en' ? '/usr/share/man' : `/usr/share/man/${lang}`
  if (!existsSync(dir)) return []
  const texts: string[] = []
  for (const section of readdirSync(dir).filter((name) => /^man\d$/.test(name))) {
    for (const file of readdirSync(path.join(dir, section))) {
      try {
        const bytes = readFileSync(path.join(dir, section, file))
        const roff = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
        texts.push(roff.split('\n').filter((line) => !/^[.']/.test(line)).join(' ').replace(/\\f[BIRP]|\\f\(..|\\\(..|\\./g, ' '))
      } catch {
        // A link or a file that is not text: skip it.
      }
    }
  }
  return texts
}

/** How many samples read as `lang` (for English: as English), and what the others read as. */
function score(lang: string, texts: string[]): string {
  return sizes
    .map((size) => {
      const cut = samples(texts, size)
      if (cut.length < 5) return `W${size} –`
      const read = cut.map((text) => detectLanguage(text))
      const right = read.filter((guess) => (lang === 'en' ? guess.english : guess.lang === lang)).length
      return `W${size} ${right}/${cut.length}`
    })
    .join(' ')
}

const totals: Record<string, [number, number]> = {}
function add(key: string, line: string) {
  for (const [, size, right, all] of line.matchAll(/W(\d+) (\d+)\/(\d+)/g)) {
    const entry = (totals[`${key} W${size}`] ??= [0, 0])
    entry[0] += Number(right)
    entry[1] += Number(all)
  }
}

console.log('language  gettext (development)      man pages (check)')
for (const lang of languages) {
  const {translated, english} = gettext(lang === 'en' ? 'de' : lang)
  const dev = score(lang, lang === 'en' ? english : translated)
  const check = score(lang, manPages(lang))
  add(lang === 'en' ? 'english dev' : 'other dev', dev)
  add(lang === 'en' ? 'english check' : 'other check', check)
  console.log(`${lang.padEnd(9)} ${dev.padEnd(26)} ${check}`)
}
for (const [key, [right, all]] of Object.entries(totals)) console.log(`${key}: ${right}/${all} (${(right / all).toFixed(3)})`)

if (existsSync(corpus)) {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name))
      else if (entry.name.endsWith('.txt')) files.push(path.join(dir, entry.name))
    }
  }
  walk(corpus)
  const other = files.filter((file) => !detectLanguage(readFileSync(file, 'utf8')).english)
  console.log(`English news (${corpus}): ${files.length - other.length}/${files.length} read as English${other.length ? `; not: ${other.join(', ')}` : ''}`)
} else {
  console.log(`English news: ${corpus} not found, skipped`)
}
