import type {LabelModel} from '../../src/structure/label-model.js'
import type {TrainingDocument} from './measure-corpus.js'

/** What a model was fitted on: per corpus folder, its documents and outlets. */
export function corpusSummary(documents: readonly TrainingDocument[]): LabelModel['corpus'] {
  const folders = [...new Set(documents.map((entry) => entry.document.folder))].sort()
  return folders.map((folder) => {
    const mine = documents.filter((entry) => entry.document.folder === folder)
    return {folder, documents: mine.length, outlets: new Set(mine.map((entry) => entry.document.outlet)).size}
  })
}
