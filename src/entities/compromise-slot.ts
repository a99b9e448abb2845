import type nlp from 'compromise/two'

/** compromise's `nlp` function (its tagger, `compromise/two`: the same lexicon and tags as the full build, without the phrase finders this library does not use), as the entity finder uses it. */
export type Compromise = typeof nlp

let provided: Compromise | undefined

/**
 * Hand the entity finder compromise's `nlp`. `parseArticle` from
 * `news-anatomy` does it on every call (it imports compromise statically);
 * `load()` from the light entries (`news-anatomy/text`, `/html`,
 * `/markdown`) does it once, after importing compromise on demand.
 */
export function provideCompromise(value: Compromise): void {
  provided ??= value
}

/**
 * compromise's `nlp`, once provided.
 *
 * @throws {TypeError} When nothing has provided it yet: a light entry's
 *   article read `entities` before `await load()`.
 */
export function useCompromise(): Compromise {
  if (!provided) {
    throw new TypeError(
      'news-anatomy: `entities` needs the name tagger (compromise), which the light entries load on demand: ' +
        'call `await load()` once before reading `article.entities` (or use `parseArticleAsync`, or import from "news-anatomy")'
    )
  }
  return provided
}
