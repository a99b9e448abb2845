/**
 * Text-path error kinds: which label the rule labeller gives the units whose
 * gold label is another, counted per half of the outlets and rendering, so
 * that errors are read in kinds and the check half is seen only in aggregate.
 *
 *   npx tsx scripts/eval/text-errors.ts [--labels heading,caption] [--texts 20]
 *   npx tsx scripts/eval/text-errors.ts --labels all --regions --rendering page --folders ../shared/corpus/structure-silver
 *
 * Every unit the text path reads is given its gold label by
 * `scripts/train/align-gold.ts` (the training targets) and its label by
 * `labelByRules`; a kind is "gold X → Y". Only kinds that touch one of
 * `--labels` (default: heading and caption) are counted, largest first.
 * `--texts N` prints up to N units of each kind, with the line before them,
 * and only for the development half. `--labels all` counts every kind.
 *
 * `--regions` splits each kind by where the unit stands against the gold
 * body (its first to its last unit the gold calls paragraph or heading):
 * `above`, `inside` or `below`, so that a body boundary found too early or
 * too late ("below: gold boilerplate → paragraph", comments and teasers read
 * as story) is told apart from errors inside the story. `--rendering
 * clean|page` keeps one rendering, `--folders a,b` other corpus folders.
 */
import {labelByRules} from '../../src/structure/label-by-rules.js'
import {labels} from '../../src/structure/label.js'
import {siteHalf} from './html.js'
import {loadCorpus, renderings} from '../train/load-corpus.js'
import {measureCorpus} from '../train/measure-corpus.js'

const args = process.argv.slice(2)
const valueOf = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const folders = (valueOf('--folders') ?? '../shared/corpus/structure,../shared/corpus/structure-silver').split(',')
const focusArg = valueOf('--labels') ?? 'heading,caption'
const focus: readonly string[] = focusArg === 'all' ? labels : focusArg.split(',')
const texts = Number(valueOf('--texts') ?? 0)
const regions = args.includes('--regions')
const only = valueOf('--rendering')

/** Where a unit stands against the gold body: its first to its last paragraph or heading. */
function regionOf(gold: readonly string[], index: number): 'above' | 'inside' | 'below' {
  const first = gold.findIndex((label) => label === 'paragraph' || label === 'heading')
  const last = gold.findLastIndex((label) => label === 'paragraph' || label === 'heading')
  return first < 0 || index < first ? 'above' : index > last ? 'below' : 'inside'
}

const documents = measureCorpus(loadCorpus(folders))
for (const half of ['development', 'check'] as const) {
  for (const rendering of renderings) {
    if (only && rendering !== only) continue
    const counts = new Map<string, number>()
    const examples = new Map<string, string[]>()
    for (const document of documents) {
      if (document.document.rendering !== rendering || siteHalf(document.document.outlet) !== half) continue
      const predicted = labelByRules(document.units)
      document.units.forEach((unit, index) => {
        const gold = document.labels[index]!
        const label = predicted[index]!
        if (gold === label || (!focus.includes(gold) && !focus.includes(label))) return
        const kind = `${regions ? `${regionOf(document.labels, index)}: ` : ''}gold ${gold} → ${label}`
        counts.set(kind, (counts.get(kind) ?? 0) + 1)
        if (half !== 'development' || texts === 0) return
        const before = document.units[index - 1]?.text.slice(0, 50)
        const list = examples.get(kind) ?? []
        list.push(`${document.document.id}#${index} ${JSON.stringify(unit.text.slice(0, 110))} after ${JSON.stringify(before)}`)
        examples.set(kind, list)
      })
    }
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    console.log(`\n${half} half, ${rendering} text: ${sorted.map(([kind, count]) => `${kind} ${count}`).join(' · ')}`)
    for (const [kind] of sorted) {
      const list = examples.get(kind)
      if (!list) continue
      console.log(`  ${kind}:`)
      for (const line of list.slice(0, texts)) console.log(`    ${line}`)
    }
  }
}
