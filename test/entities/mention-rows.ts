import type {Mention} from '../../src/entities/mention.js'
import {nameKey} from '../../src/entities/name-groups.js'
import {noVotes} from '../../src/entities/weigh-kind.js'

/** Mentions of `texts` one after another (offsets as if joined by spaces), with no evidence unless given. */
export function mentionsOf(texts: readonly string[], extra: Partial<Pick<Mention, 'headline'>>[] = []): Mention[] {
  let from = 0
  return texts.map((text, index) => {
    const mention: Mention = {from, to: from + text.length, text, key: nameKey(text), votes: noVotes(), block: 0, start: from, ...extra[index]}
    from += text.length + 1
    return mention
  })
}
