import {existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type nlp from 'compromise/two'
import {buildTagger} from '../../scripts/compromise-tagger.mjs'

/** compromise's `nlp` function, full (compromise/two) or trimmed (the ESM build's tagger). */
export type Nlp = typeof nlp

interface Term {
  text: string
  normal?: string
  implicit?: string
  tags: Set<string>
  offset?: {start: number; length: number}
}

/** The trimmed tagger as the ESM build makes it (scripts/compromise-tagger.mjs), loaded; its code; a cleanup. */
export async function loadTrimmedTagger(): Promise<{tagger: Nlp; code: string; remove(): void}> {
  const work = mkdtempSync(path.join(tmpdir(), 'news-anatomy-tagger-'))
  const file = path.join(work, 'compromise-tagger.mjs')
  const code = await buildTagger()
  writeFileSync(file, code)
  const tagger = ((await import(pathToFileURL(file).href)) as {default: Nlp}).default
  return {tagger, code, remove: () => rmSync(work, {recursive: true, force: true})}
}

/** Every term of `text` as compromise tags it: text, normal form, implied word, sorted tags, offsets. */
export function terms(tagger: Nlp, text: string): string[] {
  const doc = tagger(text) as unknown as {compute(method: string): void; docs: Term[][]}
  doc.compute('offset')
  return doc.docs.flatMap((sentence) =>
    sentence.map((term) => `${term.text}|${term.normal ?? ''}|${term.implicit ?? ''}|${[...term.tags].sort().join(',')}|${term.offset?.start}+${term.offset?.length}`)
  )
}

/**
 * The quotes corpus (`../shared/corpus/quotes`): its articles' paths, sorted;
 * `undefined` when the corpora are absent (a folder that is there but holds no
 * article gives an empty list, which the tests fail on rather than skip).
 */
export function quotesCorpus(): string[] | undefined {
  const corpus = fileURLToPath(new URL('../../../shared/corpus/quotes/', import.meta.url))
  if (!existsSync(corpus)) return undefined
  return readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(corpus, name))
}
