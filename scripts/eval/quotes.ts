/**
 * Score quotes against hand-annotated gold files, the way the annotators of
 * the quotes corpus score their own extractor:
 *
 * - each gold quote is matched to at most one prediction, greedily in gold
 *   order, by the share of the gold quote's characters the prediction covers
 *   (a match needs more than 0.3, and again more than 0.8);
 * - precision, recall and F1 over quotes;
 * - speaker accuracy: matched quotes whose predicted speaker words overlap the
 *   gold speaker words (or, when the gold names no speaker because the quote
 *   only follows an earlier one, whose prediction names none at this quote);
 * - verb accuracy: exact lower-case match of the cue (the gold records no verb
 *   for "according to", so neither do we when comparing);
 * - canonical speaker accuracy: the predicted speaker's name equals the gold
 *   `reference` (case and a leading "the"/"a" aside).
 *
 * Two conventions are mapped: gold direct quotes include their quotation
 * marks while our `Quote.text` excludes them, so a prediction's span is widened
 * over adjacent marks; and the gold annotates only the outermost span, so a
 * prediction lying inside another prediction (a partial quote within reported
 * speech) is not scored.
 *
 * The outlets are split in two fixed halves, {@link developmentOutlets} and
 * the rest (an article without an outlet goes by a fixed hash of its id), and
 * both halves are printed beside the total.
 *
 *   npm run eval -- ../shared/corpus/quotes [--show <id>] [--errors dev|check]
 *
 * `--errors dev` lists the misses, extras and differences of every article in
 * the development half; `--errors check` only counts them by kind (a miss,
 * an extra, a difference in speaker, verb or canonical name), so the check
 * half is read in aggregate.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArticle} from '../../src/index.js'
import type {Quote} from '../../src/types.js'
import {documentsSet, groupsSet, organizationNounsSet, titlesSet} from '../../src/attribution/word-sets.js'

interface GoldQuote {
  quote: string
  quote_span: [number, number] | null
  speaker: string | null
  speaker_span: [number, number] | null
  verb: string | null
  reference: string | null
}

interface Prediction {
  span: [number, number]
  speaker?: [number, number]
  verb: string
  name: string
  quote: Quote
}

interface Tally {
  gold: number
  predicted: number
  matched: number
  speaker: number
  verb: number
  canonical: number
  /** Matched with the canonical speaker and the verb right too. */
  endToEnd: number
}

const thresholds = [0.3, 0.8] as const

/** The outlets developed against; the others are the check half. */
export const developmentOutlets: readonly string[] = ['CTVNews', 'Global News', 'CBC News']
const marks = new Set(['“', '”', '"', '‘', '’', "'", '«', '»'])

/** Score every `<id>.txt` with an `<id>.gold.json` in `folder`; `--show <id>` lists misses and extras. */
export async function evaluateQuotes(folder: string, args: string[]): Promise<void> {
  const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined
  const errorsHalf = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : undefined
  const ids = readdirSync(folder)
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => name.slice(0, -'.gold.json'.length))
    .sort()
  const totals = thresholds.map(() => empty())
  const halves = {dev: empty(), check: empty()}
  const kinds = new Map<string, number>()
  console.log(`${'article'.padEnd(26)} ${'gold'.padStart(4)} ${'pred'.padStart(4)}  P@.3   R@.3   F1@.3  spk    verb   canon  F1@.8`)
  for (const id of ids) {
    const text = readFileSync(join(folder, `${id}.txt`), 'utf8')
    const file = JSON.parse(readFileSync(join(folder, `${id}.gold.json`), 'utf8')) as {quotes: GoldQuote[]; outlet?: string}
    const gold = file.quotes.filter((entry) => entry.quote_span)
    const half = file.outlet ? (developmentOutlets.includes(file.outlet) ? 'dev' : 'check') : hash(id) % 2 === 0 ? 'dev' : 'check'
    const predictions = predict(text)
    const rows = thresholds.map((threshold, index) => {
      const result = score(gold, predictions, threshold, text)
      add(totals[index]!, result.tally)
      return result
    })
    const [low, high] = rows as [ReturnType<typeof score>, ReturnType<typeof score>]
    const t = low.tally
    add(halves[half], t)
    const f = prf(t)
    console.log(`${id.padEnd(26)} ${String(t.gold).padStart(4)} ${String(t.predicted).padStart(4)}  ${fmt(f.p)}  ${fmt(f.r)}  ${fmt(f.f1)}  ${fmt(ratio(t.speaker, t.matched))}  ${fmt(ratio(t.verb, t.matched))}  ${fmt(ratio(t.canonical, t.matched))}  ${fmt(prf(high.tally).f1)}`)
    if (show === id || (errorsHalf === half && half === 'dev')) {
      for (const line of low.details) console.log(`    ${line}`)
    } else if (errorsHalf === half) {
      for (const line of low.details) for (const kind of errorKinds(line)) kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    }
  }
  if (kinds.size > 0) {
    console.log(`\nerror kinds (check half), most frequent first:`)
    for (const [kind, count] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${String(count).padStart(5)}  ${kind}`)
  }
  const lines = thresholds.map((threshold, index) => {
    const t = totals[index]!
    const f = prf(t)
    return `TOTAL@${threshold} gold ${t.gold} pred ${t.predicted} matched ${t.matched}  P ${fmt(f.p)} R ${fmt(f.r)} F1 ${fmt(f.f1)}  speaker ${fmt(ratio(t.speaker, t.matched))} verb ${fmt(ratio(t.verb, t.matched))} canonical ${fmt(ratio(t.canonical, t.matched))} end-to-end ${fmt(endToEnd(t))}`
  })
  console.log('')
  console.log(`published extractor (same scoring): F1 0.837 speaker 0.860 verb 0.918; targets F1 0.92 speaker 0.93 verb 0.96 canonical 0.90`)
  for (const line of lines) console.log(line)
  for (const [name, t] of Object.entries(halves)) {
    const f = prf(t)
    console.log(`${name === 'dev' ? `development (${developmentOutlets.join(', ')})` : 'check (the other outlets)'}@0.3 gold ${t.gold} pred ${t.predicted} matched ${t.matched}  P ${fmt(f.p)} R ${fmt(f.r)} F1 ${fmt(f.f1)}  speaker ${fmt(ratio(t.speaker, t.matched))} verb ${fmt(ratio(t.verb, t.matched))} canonical ${fmt(ratio(t.canonical, t.matched))} end-to-end ${fmt(endToEnd(t))}`)
  }
  const t = totals[0]!
  console.log(`SUMMARY quotes F1@0.3 ${fmt(prf(t).f1)} speaker ${fmt(ratio(t.speaker, t.matched))} verb ${fmt(ratio(t.verb, t.matched))} canonical ${fmt(ratio(t.canonical, t.matched))} end-to-end ${fmt(endToEnd(t))}`)
}

/**
 * The kinds of one detail line: MISS, EXTRA and its quote kind and evidence (the rule that found it), or DIFF
 * with each field that differs (a canonical difference also with the evidence of our attribution).
 */
export function errorKinds(line: string): string[] {
  const [head, kind] = line.split(/\s+/)
  const evidence = line.match(/\((\S+)\)$/)?.[1] ?? '∅'
  if (head === 'EXTRA') return [`extra ${kind} (${evidence})`]
  if (head === 'MISS') return ['miss']
  const fields = [...line.matchAll(/\[(speaker|verb|canonical)\]/g)].map((match) => (match[1] === 'canonical' ? `diff canonical (${canonicalKind(line)}; ${evidence})` : `diff ${match[1]}`))
  return fields.length > 0 ? fields : ['diff']
}

/**
 * What a canonical difference looks like, in aggregate terms that name no article's words: how our
 * speaker words read (pronoun, none, a name, a description) and how our name stands to the gold's
 * (empty on either side, one inside the other, or apart).
 */
function canonicalKind(line: string): string {
  const [gold, ours] = ['gold', 'ours'].map((side) => line.match(new RegExp(`${side} (.*?) / (.*?) / (.*?)(?:\\s\\s\\[|\\n|$)`))?.slice(1) ?? [])
  const said = ours![0] ?? '∅'
  const mention = said === '∅' ? 'no words' : /^(?:he|she|it|they|him|her|them|we|i)$/i.test(said) ? 'pronoun' : /^\p{Lu}/u.test(said) && !/^(?:the|a|an)\s/i.test(said) ? 'name' : 'description'
  const a = normalise(gold![2] === '∅' ? '' : gold![2] ?? '')
  const b = normalise(ours![2] === '∅' ? '' : ours![2] ?? '')
  const relation = !a ? 'gold none' : !b ? 'ours none' : a.includes(b) ? 'ours inside gold' : b.includes(a) ? 'gold inside ours' : 'apart'
  const last = said.toLowerCase().replace(/['’]s?$/, '').split(/\s+/).at(-1) ?? ''
  const head = mention !== 'description' ? '' : titlesSet.has(last) ? ', title head' : organizationNounsSet.has(last) ? ', organisation head' : documentsSet.has(last) ? ', document head' : groupsSet.has(last) ? ', group head' : ', other head'
  const shape = (side: string[]) => (/^\p{Lu}/u.test((side[2] ?? '').replace(/^(?:the|a|an)\s+/i, '')) ? 'capitalised' : 'lower case')
  // "ours capitalised, gold lower case": we resolved a description to a name that the annotator left as the description.
  const shapes = !a ? '' : `, gold ${shape(gold!)}${b ? `, ours ${shape(ours!)}` : ''}`
  return `${mention}${head}, ${relation}${shapes}`
}

function predict(text: string): Prediction[] {
  const article = parseArticle(text)
  const all = article.quotes.map((quote): Prediction => {
    let start = quote.position.start.offset
    let end = quote.position.end.offset
    if (quote.kind !== 'indirect') {
      if (marks.has(text[start - 1] ?? '')) start--
      if (marks.has(text[end] ?? '')) end++
    }
    const mention = quote.attribution?.speaker.mention
    const cue = quote.attribution?.cue?.text.toLowerCase() ?? ''
    return {
      span: [start, end],
      ...(mention ? {speaker: [mention.position.start.offset, mention.position.end.offset] as [number, number]} : {}),
      verb: cue === 'according to' ? '' : cue,
      name: quote.attribution?.speaker.name ?? '',
      quote
    }
  })
  return all.filter((entry) => !all.some((other) => other !== entry && other.span[0] <= entry.span[0] && entry.span[1] <= other.span[1] && (other.span[1] - other.span[0] > entry.span[1] - entry.span[0])))
}

function score(gold: readonly GoldQuote[], predictions: readonly Prediction[], threshold: number, text: string) {
  const tally: Tally = {gold: gold.length, predicted: predictions.length, matched: 0, speaker: 0, verb: 0, canonical: 0, endToEnd: 0}
  const details: string[] = []
  let remaining = [...predictions]
  for (const entry of gold) {
    const [gs, ge] = entry.quote_span!
    let best: Prediction | undefined
    let bestScore = 0
    for (const prediction of remaining) {
      const covered = Math.max(0, Math.min(ge, prediction.span[1]) - Math.max(gs, prediction.span[0]))
      const share = ge > gs ? covered / (ge - gs) : 0
      if (share > threshold && share > bestScore) {
        best = prediction
        bestScore = share
      }
    }
    if (!best) {
      details.push(`MISS  ${clip(entry.quote)}  — ${entry.speaker ?? '∅'} / ${entry.verb ?? '∅'}`)
      continue
    }
    remaining = remaining.filter((prediction) => prediction !== best)
    tally.matched++
    const speakerOk = entry.speaker_span
      ? Boolean(best.speaker && best.speaker[0] < entry.speaker_span[1] && entry.speaker_span[0] < best.speaker[1])
      : !best.speaker
    const verbOk = (entry.verb ?? '').toLowerCase().trim() === best.verb
    const canonicalOk = normalise(entry.reference ?? '') === normalise(best.name)
    if (speakerOk) tally.speaker++
    if (verbOk) tally.verb++
    if (canonicalOk) tally.canonical++
    if (canonicalOk && verbOk) tally.endToEnd++
    if (!speakerOk || !verbOk || !canonicalOk) {
      const said = best.speaker ? text.slice(best.speaker[0], best.speaker[1]) : '∅'
      details.push(`DIFF  ${clip(entry.quote)}\n          gold ${entry.speaker ?? '∅'} / ${entry.verb ?? '∅'} / ${entry.reference ?? '∅'}\n          ours ${said} / ${best.verb || '∅'} / ${best.name || '∅'}${speakerOk ? '' : '  [speaker]'}${verbOk ? '' : '  [verb]'}${canonicalOk ? '' : '  [canonical]'}  (${best.quote.attribution?.evidence ?? '∅'})`)
    }
  }
  for (const extra of remaining) details.push(`EXTRA ${extra.quote.kind} ${clip(extra.quote.text)}  — ${extra.name || '∅'}  (${extra.quote.attribution?.evidence ?? '∅'})`)
  return {tally, details}
}

/** A fixed string hash (FNV-1a), for splitting articles that name no outlet. */
function hash(value: string): number {
  let h = 0x811c9dc5
  for (let index = 0; index < value.length; index++) h = Math.imul(h ^ value.charCodeAt(index), 0x01000193) >>> 0
  return h
}

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(?:the|a|an)\s+/, '')
    .trim()
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim()
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat
}

function empty(): Tally {
  return {gold: 0, predicted: 0, matched: 0, speaker: 0, verb: 0, canonical: 0, endToEnd: 0}
}

function add(total: Tally, part: Tally) {
  total.gold += part.gold
  total.predicted += part.predicted
  total.matched += part.matched
  total.speaker += part.speaker
  total.verb += part.verb
  total.canonical += part.canonical
  total.endToEnd += part.endToEnd
}

/** End to end: F1 over quotes matched with the canonical speaker and the verb both right too. */
function endToEnd(t: Tally): number {
  return prf({...t, matched: t.endToEnd}).f1
}

function prf(t: Tally) {
  const p = ratio(t.matched, t.predicted)
  const r = ratio(t.matched, t.gold)
  return {p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0}
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b
}

function fmt(value: number): string {
  return value.toFixed(3)
}
