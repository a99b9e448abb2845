import {provideCompromise} from './entities/compromise-slot.js'

let loading: Promise<void> | undefined

/**
 * Load the name tagger (compromise) that `article.entities` needs. The light
 * entries (`news-anatomy/text`, `news-anatomy/html`, `news-anatomy/markdown`)
 * import it on demand, so an app that never reads entities never downloads
 * or starts it; call `await load()` once before reading `entities` (or
 * `toText`, which prints them). From `news-anatomy` it is already loaded and
 * this resolves at once.
 *
 * @returns A promise that resolves when the tagger is ready; the same promise on every call.
 * @example
 *   import {load, parseArticle} from 'news-anatomy/text'
 *   await load()
 *   parseArticle('Headline here\n\nJane Doe spoke in Paris.').entities
 */
export function load(): Promise<void> {
  loading ??= import('compromise/two').then((module) => provideCompromise(module.default))
  return loading
}
