/**
 * Score quotes and their attribution against the attribution corpus
 * (PolNeAR: every attribution of 840 US election articles annotated), with the
 * metric its README suggests:
 *
 * - tokens are runs of letters and digits (inner `'` `’` `-` `.` kept); a
 *   token belongs to a span when its middle character lies inside it; a
 *   predicted quote that leaves out its quotation marks is widened by one
 *   adjacent mark on each side;
 * - a prediction and a gold content match when they share at least
 *   ½ · min(tokens) tokens, and more than none; one-to-one, greedily, by
 *   descending shared tokens, then Jaccard, then text order;
 * - fragments: an unmatched prediction with at least half of its tokens inside
 *   a matched gold's content, or lying inside a matched prediction, counts
 *   neither way;
 * - P/R/F1 on the speech subset, by kind: recall over speech gold of the kind,
 *   precision TP / (TP + FP) with predictions matched to non-speech gold left
 *   out and false positives going by the kind of the predicted span (judged by
 *   the corpus's quotation-mark rule, {@link markKinds});
 * - source and cue accuracy over matched speech pairs whose gold has one: the
 *   predicted speaker mention (or cue) overlaps the gold span by a character,
 *   the prediction's fragments included.
 *
 * Our quotes map onto it as: `direct` → a content that opens quoted, `partial`
 * → mixed, `indirect` → indirect (the predicted span's kind is judged by the
 * marks, not taken from ours); `attribution.speaker.mention` is the source,
 * `attribution.cue` the cue. A quote with no attribution of its own
 * (`evidence` `running-quote` or `next-quote`) takes the mention of the quote
 * it continues (or of the next one), as PolNeAR's continuations do.
 *
 * The seven publishers are split in two fixed halves: develop against
 * {@link developmentPublishers}, keep a rule only when the check half agrees,
 * and read the check half's errors only in aggregate (`--errors check`).
 *
 *   npm run eval -- ../shared/corpus/attribution [--show <id>] [--details] [--errors dev|check]
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArticle} from '../../src/index.js'
import type {Quote} from '../../src/types.js'

/** The publishers developed against; the rest are the check half. */
export const developmentPublishers: readonly string[] = ['breitbart', 'nyt', 'politico', 'usa-today']

type Span = [number, number]
type Kind = 'direct' | 'mixed' | 'indirect'

export interface GoldAttribution {
  content: {text: string; spans: Span[]}
  source: {text: string; span: Span; more?: Span[]} | null
  cue: {text: string; spans: Span[]} | null
  kind: Kind
  speech: boolean
}

export interface Gold {
  id: string
  publisher: string
  attributions: GoldAttribution[]
}

interface Prediction {
  span: Span
  /** Token index range `[first, last)`. */
  range: Span
  kind: Kind
  source?: Span
  cue?: Span
  quote: Quote
}

interface Tally {
  articles: number
  gold: Record<Kind, number>
  tp: Record<Kind, number>
  fp: Record<Kind, number>
  optional: number
  fragments: number
  sourced: number
  sourceOk: number
  cued: number
  cueOk: number
  /** Gold kinds agreeing with the mark rule (a check of {@link markKinds}). */
  kindAgree: number
  kindAll: number
}

const kinds: readonly Kind[] = ['direct', 'mixed', 'indirect']
const marks = new Set(['“', '”', '„', '«', '»', '"', '‘', '’', "'", '‹', '›'])

/** Score every `<id>.txt` with an `<id>.gold.json` in `folder`. */
export async function evaluateAttribution(folder: string, args: string[]): Promise<void> {
  const showAt = args.indexOf('--show')
  const show = showAt >= 0 ? args[showAt + 1] : undefined
  const errorsAt = args.indexOf('--errors')
  const errorsOf = errorsAt >= 0 ? (args[errorsAt + 1] ?? 'dev') : undefined
  const ids = readdirSync(folder)
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => name.slice(0, -'.gold.json'.length))
    .sort()
  const halves = {dev: empty(), check: empty()}
  const outcomesOf: Record<'dev' | 'check', Outcome[]> = {dev: [], check: []}
  const errors = new Map<string, number>()
  const started = performance.now()
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(folder, `${id}.gold.json`), 'utf8')) as Gold
    const text = readFileSync(join(folder, `${id}.txt`), 'utf8')
    const half = developmentPublishers.includes(gold.publisher) ? 'dev' : 'check'
    // `--details`: every miss, extra and wrong attribution of the development half (never the check half's).
    const details: string[] | undefined = show === id || (half === 'dev' && args.includes('--details')) ? [] : undefined
    const tally = halves[half]
    scoreArticle(text, gold.attributions, tally, details, errorsOf === half ? errors : undefined, outcomesOf[half])
    if (details) for (const line of details) console.log(`${id}  ${line}`)
  }
  const seconds = (performance.now() - started) / 1000
  const total = empty()
  add(total, halves.dev)
  add(total, halves.check)
  const checkPublishers = [...new Set(ids.map((id) => id.split('_')[0]!))].filter((name) => !developmentPublishers.includes(name))
  print(`development (${developmentPublishers.join(', ')})`, halves.dev)
  print(`check (${checkPublishers.join(', ')})`, halves.check)
  print('total', total)
  console.log('\ncalibration (confidence fitted on the development half): bucket, attributions, mean confidence, share right')
  for (const half of ['dev', 'check'] as const) console.log(`  ${half.padEnd(5)} ${calibration(outcomesOf[half])}`)
  console.log(`\n${ids.length} articles in ${seconds.toFixed(1)} s`)
  if (errors.size > 0) {
    console.log(`\nerror kinds (${errorsOf} half), most frequent first:`)
    for (const [key, count] of [...errors].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log(`${String(count).padStart(5)}  ${key}`)
  }
}

/** One prediction and whether it was right: its words match an attribution (or are a fragment of one) and its speaker mention overlaps the gold source where there is one. */
export interface Outcome {
  readonly quote: Quote
  readonly right: boolean
}

/** Score one article and return every prediction's {@link Outcome} (for fitting confidence). */
export function articleOutcomes(text: string, gold: readonly GoldAttribution[]): Outcome[] {
  const outcomes: Outcome[] = []
  scoreArticle(text, gold, empty(), undefined, undefined, outcomes)
  return outcomes
}

function scoreArticle(text: string, gold: readonly GoldAttribution[], tally: Tally, details: string[] | undefined, errors: Map<string, number> | undefined, outcomes?: Outcome[]): void {
  tally.articles++
  const tokens = tokenStarts(text)
  const quoted = quotedWords(text, tokens)
  const rangeOf = (span: Span): Span => [lowerMid(tokens, span[0]), lowerMid(tokens, span[1])]
  const goldRanges = gold.map((entry) => entry.content.spans.map(rangeOf))
  const goldSize = goldRanges.map((ranges) => ranges.reduce((sum, [a, b]) => sum + b - a, 0))
  for (const [index, entry] of gold.entries()) {
    if (entry.speech) tally.gold[entry.kind]++
    const first = entry.content.spans[0]![0]
    const last = entry.content.spans.at(-1)![1]
    tally.kindAll++
    if (markKind(text, tokens, quoted, [first, last]) === entry.kind) tally.kindAgree++
    void index
  }
  const predictions = predict(text, tokens, quoted, rangeOf)

  // Candidate pairs, then greedy one-to-one matching.
  const pairs: {p: number; g: number; shared: number; jaccard: number}[] = []
  for (const [p, prediction] of predictions.entries()) {
    const size = prediction.range[1] - prediction.range[0]
    if (size === 0) continue
    for (const [g, ranges] of goldRanges.entries()) {
      let shared = 0
      for (const [a, b] of ranges) shared += Math.max(0, Math.min(b, prediction.range[1]) - Math.max(a, prediction.range[0]))
      if (shared === 0 || shared < 0.5 * Math.min(size, goldSize[g]!)) continue
      pairs.push({p, g, shared, jaccard: shared / (size + goldSize[g]! - shared)})
    }
  }
  pairs.sort((a, b) => b.shared - a.shared || b.jaccard - a.jaccard || predictions[a.p]!.span[0] - predictions[b.p]!.span[0] || a.g - b.g)
  const goldOf = new Map<number, number>()
  const predictionOf = new Map<number, number>()
  for (const pair of pairs) {
    if (goldOf.has(pair.p) || predictionOf.has(pair.g)) continue
    goldOf.set(pair.p, pair.g)
    predictionOf.set(pair.g, pair.p)
  }

  // Fragments of matched gold.
  const fragmentsOf = new Map<number, number[]>()
  for (const [p, prediction] of predictions.entries()) {
    if (goldOf.has(p)) continue
    const size = prediction.range[1] - prediction.range[0]
    let owner: number | undefined
    let best = 0
    for (const [g] of predictionOf) {
      let inside = 0
      for (const [a, b] of goldRanges[g]!) inside += Math.max(0, Math.min(b, prediction.range[1]) - Math.max(a, prediction.range[0]))
      if (size > 0 && inside >= size / 2 && inside > best) {
        best = inside
        owner = g
      }
    }
    if (owner === undefined) {
      for (const [q, g] of goldOf) {
        const outer = predictions[q]!
        if (outer.span[0] <= prediction.span[0] && prediction.span[1] <= outer.span[1]) owner = g
      }
    }
    if (owner === undefined) continue
    fragmentsOf.set(owner, [...(fragmentsOf.get(owner) ?? []), p])
  }
  const fragment = new Set([...fragmentsOf.values()].flat())
  const ownerOf = new Map<number, number>()
  for (const [g, list] of fragmentsOf) for (const q of list) ownerOf.set(q, g)
  const isRight = (p: number): boolean => {
    const g = goldOf.get(p) ?? ownerOf.get(p)
    if (g === undefined) return false
    const source = gold[g]!.source
    if (!source) return true
    const supplied = [predictionOf.get(g)!, ...(fragmentsOf.get(g) ?? [])].map((q) => predictions[q]!)
    return supplied.some((q) => q.source !== undefined && [source.span, ...(source.more ?? [])].some((span) => overlaps(q.source!, span)))
  }

  for (const [p, prediction] of predictions.entries()) {
    const g = goldOf.get(p)
    if (outcomes) outcomes.push({quote: prediction.quote, right: isRight(p)})
    if (g === undefined) {
      if (fragment.has(p)) {
        tally.fragments++
        continue
      }
      if (prediction.range[1] === prediction.range[0]) continue
      tally.fp[prediction.kind]++
      details?.push(`EXTRA ${prediction.kind.padEnd(8)} ${clip(text.slice(...prediction.span))}  — ${said(text, prediction.source)} / ${said(text, prediction.cue)}`)
      errors && count(errors, `extra ${prediction.kind} cue=${cueWord(text, prediction.cue)}`)
      continue
    }
    const entry = gold[g]!
    if (!entry.speech) {
      tally.optional++
      continue
    }
    tally.tp[entry.kind]++
    const supplied = [prediction, ...(fragmentsOf.get(g) ?? []).map((q) => predictions[q]!)]
    const sourceOk = entry.source ? supplied.some((q) => q.source && [entry.source!.span, ...(entry.source!.more ?? [])].some((span) => overlaps(q.source!, span))) : true
    const cueOk = entry.cue ? supplied.some((q) => q.cue && entry.cue!.spans.some((span) => overlaps(q.cue!, span))) : true
    if (entry.source) {
      tally.sourced++
      if (sourceOk) tally.sourceOk++
    }
    if (entry.cue) {
      tally.cued++
      if (cueOk) tally.cueOk++
    }
    if (!sourceOk || !cueOk) {
      details?.push(`DIFF  ${entry.kind.padEnd(8)} ${clip(entry.content.text)}\n        gold ${entry.source?.text ?? '∅'} / ${entry.cue?.text ?? '∅'}\n        ours ${said(text, prediction.source)} / ${said(text, prediction.cue)}${sourceOk ? '' : '  [source]'}${cueOk ? '' : '  [cue]'}`)
      if (errors && !sourceOk) count(errors, `source ${prediction.source ? 'wrong' : 'none'} gold=${sourceShape(entry.source!.text)} ours=${prediction.source ? sourceShape(said(text, prediction.source)) : '∅'}`)
      if (errors && !cueOk) count(errors, `cue ${prediction.cue ? 'wrong' : 'none'} gold=${headWord(entry.cue!.text)}`)
    }
  }
  for (const [g, entry] of gold.entries()) {
    if (predictionOf.has(g) || !entry.speech) continue
    details?.push(`MISS  ${entry.kind.padEnd(8)} ${clip(entry.content.text)}  — ${entry.source?.text ?? '∅'} / ${entry.cue?.text ?? '∅'}`)
    errors && count(errors, `miss ${entry.kind} cue=${entry.cue ? headWord(entry.cue.text) : '∅'}`)
  }
}

/** Our quotes as predictions: spans widened over adjacent marks, kinds judged by the marks. */
function predict(text: string, tokens: readonly number[][], quoted: Uint8Array, rangeOf: (span: Span) => Span): Prediction[] {
  const article = parseArticle(text, {format: 'text'})
  // A quote with no attribution of its own (`running-quote`, `next-quote`) names its speaker where the
  // quote it continues (or the next one) does: PolNeAR's source of a continuation is that mention.
  const inherited = new Map<Quote, Span>()
  const lastMention = new Map<string, Span>()
  const pending: Quote[] = []
  for (const quote of article.quotes) {
    const attribution = quote.attribution
    if (!attribution) continue
    const mention = attribution.speaker.mention
    if (mention) {
      const span: Span = [mention.position.start.offset, mention.position.end.offset]
      lastMention.set(attribution.speaker.name, span)
      for (const waiting of pending.splice(0)) if (waiting.attribution!.speaker.name === attribution.speaker.name) inherited.set(waiting, span)
      continue
    }
    const earlier = attribution.evidence === 'next-quote' ? undefined : lastMention.get(attribution.speaker.name)
    if (earlier) inherited.set(quote, earlier)
    else pending.push(quote)
  }
  return article.quotes.map((quote): Prediction => {
    let start = quote.position.start.offset
    let end = quote.position.end.offset
    if (quote.kind !== 'indirect') {
      if (marks.has(text[start - 1] ?? '')) start--
      else if (text.slice(start - 2, start) === "''") start -= 2
      if (marks.has(text[end] ?? '')) end++
      else if (text.slice(end, end + 2) === "''") end += 2
    }
    const mention = quote.attribution?.speaker.mention
    const cue = quote.attribution?.cue
    const span: Span = [start, end]
    return {
      span,
      range: rangeOf(span),
      kind: markKind(text, tokens, quoted, span),
      ...(mention ? {source: [mention.position.start.offset, mention.position.end.offset] as Span} : inherited.has(quote) ? {source: inherited.get(quote)!} : {}),
      ...(cue ? {cue: [cue.position.start.offset, cue.position.end.offset] as Span} : {}),
      quote
    }
  })
}

/** Tokens as `[start, end, middle]`: runs of letters and digits with inner `'` `’` `-` `.` kept. */
function tokenStarts(text: string): number[][] {
  const found: number[][] = []
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)) {
    const start = match.index
    const end = start + match[0].length
    found.push([start, end, start + Math.floor((end - start - 1) / 2)])
  }
  return found
}

/** Index of the first token whose middle character is at or after `offset`. */
function lowerMid(tokens: readonly number[][], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (tokens[mid]![2]! < offset) low = mid + 1
    else high = mid
  }
  return low
}

/**
 * Which tokens lie inside quotation marks, by the corpus's rule: double marks
 * (and `''`) always, single marks only in pairs on one line; a mark's
 * neighbours say whether it opens or closes (after a space or `( [ { — – - / :`
 * and before a non-space it opens, after anything else it closes), the glyph
 * only when they don't; “ „ « open before a letter. Quotes nest; one open at
 * a paragraph's end runs on, and a paragraph that opens with a mark continues
 * it rather than nesting. `<tweet …>` markup is skipped.
 */
export function markKinds(text: string): Uint8Array {
  const depth = new Uint8Array(text.length + 1)
  const stack: {family: 'double' | 'single'; line: number}[] = []
  // Single marks count only in pairs on a line: pair them first.
  const singles = pairedSingles(text)
  let line = 0
  let current = 0
  let lineStart = true
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (char === '<') {
      const close = text.indexOf('>', index)
      if (close > 0 && /^<\/?[a-z][^<>\n]*$/i.test(text.slice(index, close))) {
        for (let skip = index; skip <= close; skip++) depth[skip] = current
        index = close
        continue
      }
    }
    if (char === '\n') {
      line++
      lineStart = true
      depth[index] = current
      continue
    }
    const double = char === '“' || char === '”' || char === '„' || char === '«' || char === '»' || char === '"' || (char === "'" && text[index + 1] === "'")
    const single = !double && singles.has(index)
    if (double || single) {
      const width = char === "'" && double ? 2 : 1
      const family = double ? 'double' : 'single'
      const role = double ? markRole(text, index, width, stack.some((entry) => entry.family === 'double')) : singles.get(index)!
      if (role === 'open') {
        // A paragraph opening with a mark while a quote from an earlier paragraph runs on continues it.
        const top = stack.at(-1)
        if (!(lineStart && top && top.line < line && top.family === family)) stack.push({family, line})
        current = stack.length
        for (let skip = index; skip < index + width; skip++) depth[skip] = current
      } else {
        for (let skip = index; skip < index + width; skip++) depth[skip] = current
        let at = stack.length - 1
        while (at >= 0 && stack[at]!.family !== family) at--
        if (at >= 0) stack.length = at
        current = stack.length
      }
      index += width - 1
      lineStart = false
      continue
    }
    if (!/\s/.test(char)) lineStart = false
    depth[index] = current
  }
  depth[text.length] = current
  return depth
}

const openAfter = /[\s([{—–\-/:]/

function markRole(text: string, index: number, width: number, inside: boolean): 'open' | 'close' {
  const char = text[index]!
  const before = text[index - 1]
  const after = text[index + width]
  if ((char === '“' || char === '„' || char === '«') && after !== undefined && /\p{L}/u.test(after)) return 'open'
  const leftOpen = before === undefined || openAfter.test(before)
  if (!leftOpen) return 'close'
  if (after !== undefined && !/\s/.test(after)) return 'open'
  if (char === '“' || char === '„' || char === '«' || char === '‘' || char === '‹') return 'open'
  if (char === '”' || char === '»' || char === '’' || char === '›') return 'close'
  return inside ? 'close' : 'open'
}

/** Single marks that pair up on their line, with their roles; apostrophes between letters never count. */
function pairedSingles(text: string): Map<number, 'open' | 'close'> {
  const paired = new Map<number, 'open' | 'close'>()
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const open: number[] = []
    for (let index = lineStart; index < lineEnd; index++) {
      const char = text[index]!
      if (char !== '‘' && char !== '’' && char !== "'" && char !== '‹' && char !== '›') continue
      if (char === "'" && (text[index + 1] === "'" || text[index - 1] === "'")) continue
      const before = text[index - 1]
      const after = text[index + 1]
      if (before !== undefined && after !== undefined && /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after)) continue
      const role = markRole(text, index, 1, open.length > 0)
      if (role === 'open') open.push(index)
      else {
        const opener = open.pop()
        if (opener !== undefined) {
          paired.set(opener, 'open')
          paired.set(index, 'close')
        }
      }
    }
    lineStart = lineEnd + 1
  }
  return paired
}

/** Per token, whether it lies inside a quote. */
function quotedWords(text: string, tokens: readonly number[][]): Uint8Array {
  const depth = markKinds(text)
  const quoted = new Uint8Array(tokens.length)
  tokens.forEach(([start], index) => {
    quoted[index] = depth[start!]! > 0 ? 1 : 0
  })
  return quoted
}

/** The kind of a content read from `span[0]` to `span[1]`, by its quoted words and an opening mark before its first word. */
function markKind(text: string, tokens: readonly number[][], quoted: Uint8Array, span: Span): Kind {
  const first = lowerMid(tokens, span[0])
  const last = lowerMid(tokens, span[1])
  if (last <= first) return 'indirect'
  let inside = 0
  for (let index = first; index < last; index++) inside += quoted[index]!
  let firstQuoted = quoted[first] === 1
  if (!firstQuoted) {
    // A mark right before the first word opens a quote whatever its glyph.
    let at = tokens[first]![0]! - 1
    while (at >= 0 && /\s/.test(text[at]!)) at--
    if (at >= span[0] - 1 && at >= 0 && marks.has(text[at]!)) {
      firstQuoted = true
      let index = first
      while (index < last && !marks.has(text[tokens[index]![1]!] ?? '') && !quoted[index]) {
        inside++
        index++
      }
      if (index < last && !quoted[index]) inside++
    }
  }
  if (firstQuoted && inside * 2 > last - first) return 'direct'
  return inside > 0 || firstQuoted ? 'mixed' : 'indirect'
}

/** Predictions by confidence bucket: how many, their mean confidence and the share that was right. */
function calibration(outcomes: readonly Outcome[]): string {
  const edges = [0, 0.5, 0.8, 0.9, 0.95, 1.01]
  const parts: string[] = []
  for (let index = 0; index < edges.length - 1; index++) {
    const inside = outcomes.filter(({quote}) => {
      const value = quote.attribution?.confidence ?? 0
      return value >= edges[index]! && value < edges[index + 1]!
    })
    if (inside.length === 0) continue
    const mean = inside.reduce((sum, {quote}) => sum + (quote.attribution?.confidence ?? 0), 0) / inside.length
    const right = inside.filter((outcome) => outcome.right).length / inside.length
    parts.push(`[${edges[index]}, ${Math.min(1, edges[index + 1]!)}) ${inside.length} ${fmt(mean)} ${fmt(right)}`)
  }
  return parts.join('   ')
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

/** Auxiliaries, modals, negations, pronouns and adverbs a cue's head word is not (the corpus's rule). */
const notHead = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'not', "n't", 'never', 'also', 'then', 'again', 'later', 'just', 'still', 'even', 'only', 'once', 'first', 'since', 'already', 'he', 'she', 'it', 'they', 'we', 'i', 'you'])

function headWord(cue: string): string {
  const list = cue.toLowerCase().match(/[\p{L}\p{N}’':]+/gu) ?? [cue]
  return list.find((word) => !notHead.has(word) && !word.endsWith('ly')) ?? list[0] ?? '∅'
}

function cueWord(text: string, span: Span | undefined): string {
  return span ? headWord(text.slice(...span)) : '∅'
}

function sourceShape(source: string): string {
  if (/^(he|she|they|it|we|i|you|who)$/i.test(source.trim())) return 'pronoun'
  if (/^(the|a|an|his|her|their|its)\s/i.test(source.trim())) return 'description'
  if (/^\p{Lu}/u.test(source.trim())) return 'name'
  return 'other'
}

function said(text: string, span: Span | undefined): string {
  return span ? text.slice(...span) : '∅'
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat
}

function empty(): Tally {
  return {articles: 0, gold: {direct: 0, mixed: 0, indirect: 0}, tp: {direct: 0, mixed: 0, indirect: 0}, fp: {direct: 0, mixed: 0, indirect: 0}, optional: 0, fragments: 0, sourced: 0, sourceOk: 0, cued: 0, cueOk: 0, kindAgree: 0, kindAll: 0}
}

function add(total: Tally, part: Tally): void {
  total.articles += part.articles
  for (const kind of kinds) {
    total.gold[kind] += part.gold[kind]
    total.tp[kind] += part.tp[kind]
    total.fp[kind] += part.fp[kind]
  }
  total.optional += part.optional
  total.fragments += part.fragments
  total.sourced += part.sourced
  total.sourceOk += part.sourceOk
  total.cued += part.cued
  total.cueOk += part.cueOk
  total.kindAgree += part.kindAgree
  total.kindAll += part.kindAll
}

function print(title: string, t: Tally): void {
  console.log(`\n${title}: ${t.articles} articles`)
  console.log(`${'kind'.padEnd(22)} ${'gold'.padStart(5)} ${'tp'.padStart(5)} ${'fp'.padStart(5)}   P      R      F1`)
  const row = (name: string, of: readonly Kind[]) => {
    const gold = of.reduce((sum, kind) => sum + t.gold[kind], 0)
    const tp = of.reduce((sum, kind) => sum + t.tp[kind], 0)
    const fp = of.reduce((sum, kind) => sum + t.fp[kind], 0)
    const p = ratio(tp, tp + fp)
    const r = ratio(tp, gold)
    console.log(`${name.padEnd(22)} ${String(gold).padStart(5)} ${String(tp).padStart(5)} ${String(fp).padStart(5)}  ${fmt(p)}  ${fmt(r)}  ${fmt(p + r > 0 ? (2 * p * r) / (p + r) : 0)}`)
  }
  row('direct', ['direct'])
  row('mixed', ['mixed'])
  row('direct + mixed', ['direct', 'mixed'])
  row('indirect (reported)', ['indirect'])
  row('speech (all)', kinds)
  console.log(`source ${fmt(ratio(t.sourceOk, t.sourced))} (${t.sourced})  cue ${fmt(ratio(t.cueOk, t.cued))} (${t.cued})  matched non-speech ${t.optional}  fragments ${t.fragments}  mark rule = gold kind ${fmt(ratio(t.kindAgree, t.kindAll))}`)
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b
}

function fmt(value: number): string {
  return value.toFixed(3)
}
