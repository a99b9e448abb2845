import type {KindVotes} from './weigh-kind.js'

/**
 * One mention of a name while entities are built: input offsets, the name's
 * key (see `nameKey`) and the evidence of kind it brings.
 */
export interface Mention {
  /** Input offset where the mention starts. */
  readonly from: number
  /** Input offset where the mention ends (exclusive). */
  readonly to: number
  /** The mention as written. */
  readonly text: string
  /** The name's key (lower case, no possessive, no periods). */
  readonly key: string
  /** Evidence of kind; rules add to it. */
  readonly votes: KindVotes
  /** Index of the block holding it (-1 when it comes from elsewhere: a speaker, the dateline), for the tagger. */
  readonly block: number
  /** Offset in the block's text (-1 when `block` is -1). */
  readonly start: number
  /** Whether a title-case block (a headline) holds it. */
  readonly headline?: boolean
}
