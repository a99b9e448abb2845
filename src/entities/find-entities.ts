import type {SourceText} from '../blocks/source-text.js'
import type {Locator} from '../locate.js'
import type {QuoteFindings} from '../quotes/find-quotes.js'
import type {Entity, EntityKind, Phrase} from '../types.js'
import {tagNames} from './compromise-adapter.js'

interface Building {
  name: string
  kind: EntityKind
  mentions: Map<number, Phrase>
}

const pronoun = /^(?:he|she|it|they|i|we|him|her|them)$/i

/**
 * People, organisations and places: every named speaker with its mentions at
 * quotes, plus what compromise tags in short stretches around those mentions
 * (the tagger never reads the whole text). Surnames join the full name.
 */
export function findEntities(sources: readonly SourceText[], found: QuoteFindings, locator: Locator): Entity[] {
  const entities: Building[] = []
  const add = (kind: EntityKind, name: string, phrase: Phrase) => {
    const entity = entities.find((entry) => entry.kind === kind && sameName(entry.name, name)) ?? entities[entities.push({name, kind, mentions: new Map()}) - 1]!
    if (name.split(/\s+/).length > entity.name.split(/\s+/).length) entity.name = name
    entity.mentions.set(phrase.position.start.offset, phrase)
  }

  const taken: [number, number][] = []
  for (const quote of found.quotes) {
    const speaker = quote.attribution?.speaker
    if (!speaker?.mention || pronoun.test(speaker.mention.text)) continue
    if (speaker.kind !== 'person' && speaker.kind !== 'organization') continue
    const {start, end} = speaker.mention.position
    taken.push([start.offset, end.offset])
    // The name inside the mention ("Mohammad Naeem" in "Taliban spokesperson Mohammad Naeem").
    // The longest tail of the canonical name that the mention holds ("Jumah Zada" of "Vahidullah Jumah Zada").
    const nameWords = speaker.name.split(/\s+/)
    let inner = ''
    for (let from = 0; from < nameWords.length && !inner; from++) {
      const tail = nameWords.slice(from).join(' ')
      if (speaker.mention.text.endsWith(tail)) inner = tail
    }
    let offset = speaker.mention.text.length - inner.length
    if (!inner && speaker.mention.text.includes(speaker.name)) {
      inner = speaker.name
      offset = speaker.mention.text.indexOf(speaker.name)
    }
    if (inner && start.line === end.line) {
      const from = start.offset + offset
      add(speaker.kind, speaker.name, {text: inner, position: locator.position(from, from + inner.length)})
    } else {
      add(speaker.kind, speaker.name, speaker.mention)
    }
  }

  // One tagger call over the joined stretches; spans map back through each block's offsets.
  let joined = ''
  const parts: {block: number; start: number; at: number}[] = []
  for (const window of found.windows) {
    const source = sources[window.block]
    if (!source) continue
    // Whole words only: widen the stretch to white space on both sides.
    let start = window.start
    let end = window.end
    while (start > 0 && !/\s/.test(source.text[start - 1]!)) start--
    while (end < source.text.length && !/\s/.test(source.text[end]!)) end++
    parts.push({block: window.block, start, at: joined.length})
    joined += `${source.text.slice(start, end)}\n\n`
  }
  for (const tagged of tagNames(joined)) {
    const part = parts.findLast((entry) => entry.at <= tagged.start)
    if (!part) continue
    const source = sources[part.block]!
    const start = part.start + tagged.start - part.at
    const end = part.start + tagged.end - part.at
    const text = source.text.slice(start, end)
    if (text !== joined.slice(tagged.start, tagged.end)) continue
    const from = source.offsetAt(start)
    const to = source.offsetAt(end)
    // A speaker mention already names what is there.
    if (taken.some(([a, b]) => a < to && from < b)) continue
    add(tagged.kind, text.replace(/['’]s$/, ''), {text, position: locator.position(from, to)})
  }

  return entities
    .map((entity) => ({name: entity.name, kind: entity.kind, mentions: [...entity.mentions.values()].sort((a, b) => a.position.start.offset - b.position.start.offset)}))
    .sort((a, b) => a.mentions[0]!.position.start.offset - b.mentions[0]!.position.start.offset)
}

/** Whether two names name the same entity: equal, or one ends the other (`Siddiqqui`, `Siddeq Siddiqqui`). */
function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/['’]s$/, '').split(/\s+/)
  const y = b.toLowerCase().replace(/['’]s$/, '').split(/\s+/)
  const [long, short] = x.length >= y.length ? [x, y] : [y, x]
  return short.every((word, index) => long[long.length - short.length + index] === word)
}
