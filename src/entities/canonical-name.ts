import type {Mention} from './mention.js'
import type {NameGroups} from './name-groups.js'

/**
 * The name of an entity: the fullest form the article gives (most words,
 * then most characters, then most uses), among the names of the family
 * (names joined by anything but "also known as") that the article uses most;
 * a form written outside a headline wins over one in title case. A trailing
 * possessive is left out.
 *
 * @param mentions The entity's mentions, in input order.
 * @param families Name groups without the "also known as" links.
 * @example
 *   // Mentions "Edda Nyberg", "Nyberg", "Nyberg" → 'Edda Nyberg'.
 *   canonicalName(mentions, families)
 */
export function canonicalName(mentions: readonly Mention[], families: NameGroups): string {
  const counts = new Map<string, number>()
  for (const mention of mentions) {
    const family = families.root(mention.key)
    counts.set(family, (counts.get(family) ?? 0) + 1)
  }
  const family = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
  const written = new Map<string, number>()
  for (const mention of mentions) written.set(mention.text, (written.get(mention.text) ?? 0) + 1)
  let best: {text: string; words: number; headline: boolean; uses: number} | undefined
  const consider = (text: string, headline: boolean) => {
    const words = text.split(/\s+/).length
    const uses = written.get(text) ?? 0
    const better = !best || (best.headline && !headline) || (best.headline === headline && (words > best.words || (words === best.words && (text.length > best.text.length || (text.length === best.text.length && uses > best.uses)))))
    if (better) best = {text, words, headline, uses}
  }
  for (const mention of mentions) {
    if (families.root(mention.key) !== family) continue
    consider(mention.text.replace(/['’]s$/, ''), mention.headline === true)
  }
  return best!.text
}
