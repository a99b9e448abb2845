import type {Entity, EntityKind} from '../types.js'

/** The entities of one kind, for a report. */
export interface EntityGroup {
  /** The kind. */
  readonly kind: EntityKind
  /** A heading for the kind (`"People"`). */
  readonly label: string
  /** The entities of that kind, in the article's order. */
  readonly entities: readonly Entity[]
}

const groups: ReadonlyArray<readonly [EntityKind, string]> = [
  ['person', 'People'],
  ['organization', 'Organizations'],
  ['place', 'Places']
]

/**
 * Sort an article's entities by kind (people, organizations, places), keeping
 * the article's order within each kind and leaving out kinds with none.
 *
 * @param entities `article.entities`.
 * @returns One group per kind present.
 */
export function groupEntities(entities: readonly Entity[]): EntityGroup[] {
  return groups
    .map(([kind, label]) => ({kind, label, entities: entities.filter((entity) => entity.kind === kind)}))
    .filter((group) => group.entities.length > 0)
}
