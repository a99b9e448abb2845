import type {SourceText} from '../blocks/source-text.js'
import type {Locator} from '../locate.js'
import type {QuoteFindings} from '../quotes/find-quotes.js'
import type {Entity} from '../types.js'

/** People, organisations and places named in the sentences around quotes. */
export function findEntities(sources: readonly SourceText[], found: QuoteFindings, locator: Locator): Entity[] {
  void sources
  void found
  void locator
  return []
}
