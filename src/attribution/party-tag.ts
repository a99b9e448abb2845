import type {Token} from './tokenize.js'

/** A party-and-state tag as one token: `D-Ore`, `R-Texas`, `I-Vt.`, `D`. */
const tag = /^[DRI](?:-\p{Lu}[\p{L}.]*)?$/u

/** How many tokens a parenthesised tag may hold (`( D-N.Y . )`). */
const tagReach = 5

/**
 * Where a US party-and-state tag that ends just before `end` begins: `Sen. Ann
 * Lee (D-Ore.) said` and `Tom Ruiz, R-Texas, said` put the tag between the
 * speaker and the cue; reading the speaker from the tag's start names Ann Lee
 * and Tom Ruiz rather than "Texas". Returns `end` when no tag stands there.
 * Nothing reaches back past `floor`.
 *
 * @example
 *   const tokens = tokenize('Sen. Ann Lee (D-Ore.) said')
 *   partyTagStart(tokens, tokens.length - 1, 0) // 3, the index of "("
 */
export function partyTagStart(tokens: readonly Token[], end: number, floor: number): number {
  const last = tokens[end - 1]
  if (!last) return end
  if (last.text === ')') {
    let open = end - 2
    while (open > floor && end - 1 - open <= tagReach && tokens[open]!.text !== '(') open--
    if (open <= floor || tokens[open]!.text !== '(') return end
    const inner = tokens.slice(open + 1, end - 1)
    // "(D-N.Y.)": the tag's tokens touch, with no space between them.
    const joined = inner.every((token, index) => index === 0 || token.start === inner[index - 1]!.end)
    return inner.length > 0 && joined && tag.test(inner[0]!.text) && inner.slice(1).every((token) => !token.word || /^\p{Lu}/u.test(token.text)) ? open : end
  }
  if (last.text === ',') {
    let index = end - 2
    while (index > floor && tokens[index]!.text === '.') index--
    const word = tokens[index]
    if (word && word.word && tag.test(word.text) && word.text.includes('-') && tokens[index - 1]?.text === ',' && index - 1 > floor) return index - 1
  }
  return end
}
