/**
 * Fit the structure labeller's weights on the structure corpora and write
 * them to `src/structure/label-weights.json`, and the cut of them the hybrid
 * labeller ships (heading's and paragraph's log-odds against furniture, see
 * `furnitureModelOf`) to `src/structure/furniture-weights.json`.
 *
 *   npm run train                       (reads ../shared/corpus/structure and structure-silver)
 *   npm run train -- <folder> [<folder>…]
 *
 * Deterministic: the same corpus and settings give the same file, byte for byte.
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {featureNames} from '../../src/structure/features/feature-list.js'
import {corpusSummary} from './corpus-summary.js'
import {defaultSettings, fitModel} from './fit-model.js'
import {furnitureModelOf} from './furniture-model-of.js'
import {loadCorpus} from './load-corpus.js'
import {measureCorpus} from './measure-corpus.js'

const defaultFolders = ['../shared/corpus/structure', '../shared/corpus/structure-silver']
const folders = process.argv.length > 2 ? process.argv.slice(2) : defaultFolders
const documents = measureCorpus(loadCorpus(folders))
if (documents.length === 0) {
  console.error(`no training documents in ${folders.join(', ')}`)
  process.exit(2)
}
const model = fitModel(documents, {features: featureNames, corpus: corpusSummary(documents), settings: defaultSettings})
const path = fileURLToPath(new URL('../../src/structure/label-weights.json', import.meta.url))
writeFileSync(path, `${JSON.stringify(model, null, 1)}\n`)
console.log(`wrote ${path}: ${documents.length} documents, ${documents.reduce((sum, entry) => sum + entry.units.length, 0)} units, ${featureNames.length} features`)
// The browser bundle carries only this cut: one line of weights per label, as `combineFurniture` compares them.
const furniturePath = fileURLToPath(new URL('../../src/structure/furniture-weights.json', import.meta.url))
writeFileSync(furniturePath, `${JSON.stringify(furnitureModelOf(model))}\n`)
console.log(`wrote ${furniturePath}`)
