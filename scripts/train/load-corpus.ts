/**
 * Read the structure corpora for training and cross-validation: every
 * `<id>.gold.json` with its `<id>.clean.txt` and `<id>.page.txt`, each
 * document tagged with its outlet (the site its gold `url` names).
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {basename, join} from 'node:path'
import type {StructureGold} from '../eval/structure-score.js'

/** The two plain-text renderings of an article. */
export type Rendering = 'clean' | 'page'
export const renderings: readonly Rendering[] = ['clean', 'page']

/** A gold file's fields that training reads. */
export interface TrainingGold extends StructureGold {
  url?: string | null
  authors?: string[]
  silver?: boolean
}

/** One rendering of one corpus article. */
export interface CorpusDocument {
  /** The corpus folder's name (`structure`, `structure-silver`). */
  readonly folder: string
  readonly id: string
  /** The outlet: cross-validation leaves one out at a time. */
  readonly outlet: string
  readonly rendering: Rendering
  readonly text: string
  readonly gold: TrainingGold
}

/** Second-level labels that stand inside a country's public suffix ("co.uk", "com.au"). */
const suffixParts = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu'])

/**
 * The outlet of an article: the site's own name in its host ("www.bbc.co.uk"
 * and "www.bbc.com" are both `bbc`, "money.example.com" is `example`); with
 * no `url`, the id without a leading country code, a trailing date or number.
 *
 * @example
 *   outletOf('uk-example-2024-01-01', 'https://news.example.co.uk/a') // 'example'
 *   outletOf('example-2', undefined) // 'example'
 */
export function outletOf(id: string, url: string | null | undefined): string {
  if (url) {
    try {
      const parts = new URL(url).hostname.toLowerCase().split('.')
      let end = parts.length - 1
      if (end >= 2 && parts[end]!.length === 2 && suffixParts.has(parts[end - 1]!)) end--
      const name = parts[end - 1]
      if (name) return name
    } catch {
      // Fall through to the id.
    }
  }
  return id.replace(/^[a-z]{2}-(?=.*-\d{4}-\d{2}-\d{2}$)/, '').replace(/-\d{4}-\d{2}-\d{2}$/, '').replace(/-\d+$/, '')
}

/** Read every document of the given corpus folders, sorted by folder, id and rendering (deterministic). */
export function loadCorpus(folders: readonly string[]): CorpusDocument[] {
  const documents: CorpusDocument[] = []
  for (const folder of folders) {
    if (!existsSync(folder)) continue
    const ids = readdirSync(folder)
      .filter((name) => name.endsWith('.gold.json'))
      .map((name) => name.slice(0, -'.gold.json'.length))
      .sort()
    for (const id of ids) {
      const gold = JSON.parse(readFileSync(join(folder, `${id}.gold.json`), 'utf8')) as TrainingGold
      for (const rendering of renderings) {
        const path = join(folder, `${id}.${rendering}.txt`)
        if (!existsSync(path)) continue
        documents.push({folder: basename(folder), id, outlet: outletOf(id, gold.url), rendering, text: readFileSync(path, 'utf8'), gold})
      }
    }
  }
  return documents
}
