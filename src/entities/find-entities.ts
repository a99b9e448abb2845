import {type Token, tokenize} from '../attribution/tokenize.js'
import {bare, particle, words} from '../attribution/word-sets.js'
import type {SourceText} from '../blocks/source-text.js'
import {aliasCues} from '../lexicon/entity-cues.js'
import type {Locator} from '../locate.js'
import type {QuoteFindings} from '../quotes/find-quotes.js'
import {isTitleCase} from '../quotes/is-title-case.js'
import {sentenceEnds} from '../quotes/sentence-ends.js'
import type {Dateline, Entity, EntityKind, Phrase} from '../types.js'
import {lexiconKind, tagWords} from './compromise-adapter.js'
import {findNameRuns, type NameRun} from './find-name-runs.js'
import {NameGroups, nameKey} from './name-groups.js'
import {spellsAcronym} from './spells-acronym.js'
import {addVotes, bestKind, type KindVotes, noVotes, weighKind} from './weigh-kind.js'

/** One mention while entities are built: input offsets, the name's key and the evidence it brings. */
interface Mention {
  readonly from: number
  readonly to: number
  readonly text: string
  readonly key: string
  readonly votes: KindVotes
  /** Block and offsets in the block's text, for the tagger. */
  readonly block: number
  readonly start: number
  /** Whether a title-case block (a headline) holds it. */
  readonly headline?: boolean
}

const pronoun = /^(?:he|she|it|they|i|we|him|her|them)$/i
const acronym = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]+$/u
const possessive = /['’]s?$/
/** Endings of adjectives made from names (`Islamist`, `Islamic`, `Spanish`, `Chinese`). */
const adjective = /(?:ist|ic|ish|ese)$/
/** Evidence a speaker found by attribution brings to its kind. */
const speakerWeight = 5
/** Evidence needed to keep a name at all. */
const keepFloor = 1.5
/** Below this the tagger is asked too. */
const sureFloor = 3
/** Evidence compromise's tagger brings. */
const taggerWeight = 2
/** The share of the article's text the tagger may read. */
const taggerShare = 0.2
/** Characters the tagger may read whatever the article's length. */
const taggerMinimum = 400

/**
 * People, organisations and places the article names, each once with every
 * mention. Runs of capitalised words in the headline, dek, paragraphs and
 * captions are the candidates (see {@link findNameRuns}); titles, appositions,
 * organisation and place words, compromise's lexicon and the speakers found
 * by attribution weigh each name's kind (see {@link weighKind}); compromise's
 * tagger reads only the sentences of names still in doubt. Names join when
 * the article links them: an acronym in parentheses, initials (`U.N.` of
 * `United Nations`), "also known as", a speaker's aliases, a surname or
 * shorter tail of a person's full name. The name of an entity is the fullest
 * form the article gives for the name it uses most. A title-case headline
 * only gives mentions of names found elsewhere.
 *
 * @param captions Caption texts (first occurrence, photo credits left out).
 * @param dateline The dateline: its place is a place, its agency an organisation.
 */
export function findEntities(sources: readonly SourceText[], found: QuoteFindings, locator: Locator, captions: readonly SourceText[] = [], dateline?: Dateline): Entity[] {
  const blocks = [...sources, ...captions]
  const tokenLists = blocks.map((block) => tokenize(block.text))
  const lowerWords = new Set<string>()
  const standalone = new Set<string>()
  for (const tokens of tokenLists) {
    for (const token of tokens) {
      if (!token.word) continue
      if (token.text === token.lower) lowerWords.add(bare(token.lower))
      else if (!token.text.includes('-')) standalone.add(token.text.replace(possessive, ''))
    }
  }

  const groups = new NameGroups()
  /** Like `groups`, without the links "also known as" makes: a person's other names stay apart for choosing the canonical one. */
  const families = new NameGroups()
  const join = (a: string, b: string, alias = false) => {
    groups.join(a, b)
    if (!alias) families.join(a, b)
  }

  let mentions: Mention[] = []
  const headlines: number[] = []
  blocks.forEach((block, index) => {
    const tokens = tokenLists[index]!
    if (isTitleCase(tokens)) {
      headlines.push(index)
      return
    }
    const names = findNameRuns(block.text, lowerWords, standalone, tokens)
    const kept: {run: NameRun; key: string}[] = []
    for (const run of names.runs) {
      const text = block.text.slice(run.start, run.end)
      // A lone word compromise knows as something else (a demonym, an adjective) is no name,
      // nor is a lone adjective before a noun ("the Islamist group").
      const lone = run.last - run.first === 1 && !run.titled && !acronym.test(text)
      const known = lone ? lexiconKind(text.toLowerCase()) : undefined
      if (known === 'other') continue
      const next = names.tokens[run.last]
      // Names that end like adjectives ("Eric", "Dominic", "Trish") are names still.
      if (lone && known === undefined && adjective.test(text) && next?.word && !next.capital) continue
      const key = nameKey(text)
      if (!key) continue
      kept.push({run, key})
      mentions.push({from: block.offsetAt(run.start), to: block.offsetAt(run.end), text, key, votes: weighKind(names.tokens, run), block: index, start: run.start})
      // "Federal Bureau of Investigation (FBI)".
      const t = names.tokens
      if (t[run.last]?.text === '(' && acronym.test(t[run.last + 1]?.text ?? '') && t[run.last + 2]?.text === ')' && spellsAcronym(text, t[run.last + 1]!.text)) join(key, nameKey(t[run.last + 1]!.text))
    }
    linkAliases(names.tokens, kept, (a, b) => join(a, b, true))
  })

  // Speakers found by attribution: strong evidence of kind, and their aliases.
  const speakerMentions = speakerNames(found, locator)
  for (const speaker of found.speakers) {
    if (speaker.kind !== 'person' && speaker.kind !== 'organization') continue
    // An acronym the attribution read beside the name ("National Directorate of Intelligence (NDS)"); other aliases are weighed below like any name.
    for (const alias of speaker.aliases) if (acronym.test(alias)) join(nameKey(withoutOwner(speaker.name)), nameKey(alias))
  }
  // Run mentions in input order (they do not overlap), to find those under each speaker's words by binary search.
  mentions.sort((a, b) => a.from - b.from)
  const ends = mentions.map((mention) => mention.to)
  const dropped = new Set<Mention>()
  const added: Mention[] = []
  for (const speaker of speakerMentions) {
    // A common noun ("the council") names no one: an entity's name has a capital.
    if (!/\p{Lu}/u.test(speaker.name)) continue
    // Nor does a lone ordinary word taken for a speaker ("Many said …", "Apparently, …").
    if (!speaker.name.includes(' ') && (lowerWords.has(speaker.key) || words.determiners.has(speaker.key) || lexiconKind(speaker.key) === 'other')) continue
    // A run inside the speaker's words that is (the end of) the same name keeps its own, tighter bounds;
    // another name inside them ("Mexico" in "Mexico’s statistics institute") stays apart.
    let same: Mention | undefined
    for (let index = firstAbove(ends, speaker.from); index < mentions.length && mentions[index]!.from < speaker.to; index++) {
      const mention = mentions[index]!
      if (dropped.has(mention)) continue
      if (mention.key === speaker.key || speaker.key.endsWith(` ${mention.key}`) || mention.key.endsWith(` ${speaker.key}`)) {
        join(mention.key, speaker.key)
        if (!same) same = mention
        else {
          addVotes(same.votes, mention.votes)
          dropped.add(mention)
        }
      } else if (speaker.from <= mention.from && mention.to <= speaker.to) {
        dropped.add(mention)
      }
    }
    if (same) {
      // A speaker's words wider than the name run ("Coastal Norland" for "Norland") are weaker evidence.
      const wider = speaker.from < same.from || same.to < speaker.to
      same.votes[speaker.kind] += wider ? taggerWeight : speakerWeight
      continue
    }
    const votes = noVotes()
    votes[speaker.kind] += speakerWeight
    added.push({from: speaker.from, to: speaker.to, text: speaker.text, key: nameKey(speaker.text), votes, block: -1, start: -1})
    join(nameKey(speaker.text), speaker.key)
  }
  mentions = [...mentions.filter((mention) => !dropped.has(mention)), ...added]

  // A speaker found through pronouns only ("Edda Nyberg … she said"): its name is still a person's or an organisation's.
  // The first mention of each group and the mentions at each span, found once (looking them up per speaker or quote was quadratic).
  const firstOfRoot = new Map<string, Mention>()
  const atSpan = new Map<string, Mention[]>()
  for (const mention of mentions) {
    const root = groups.root(mention.key)
    if (!firstOfRoot.has(root)) firstOfRoot.set(root, mention)
    const span = `${mention.from}:${mention.to}`
    const list = atSpan.get(span) ?? atSpan.set(span, []).get(span)!
    list.push(mention)
  }
  for (const speaker of found.speakers) {
    if (speaker.kind !== 'person' && speaker.kind !== 'organization') continue
    const named = firstOfRoot.get(groups.root(nameKey(withoutOwner(speaker.name))))
    if (named) named.votes[speaker.kind] += speakerWeight
  }

  // "told VOA": an acronym that is told something is an organisation.
  for (const quote of found.quotes) {
    const addressee = quote.attribution?.addressee
    if (!addressee || !acronym.test(addressee.text)) continue
    const {start, end} = addressee.position
    for (const mention of atSpan.get(`${start.offset}:${end.offset}`) ?? []) mention.votes.organization += speakerWeight / 2
  }

  if (dateline) {
    // The dateline's place and agency: runs already there ("INGLEWOOD", "Calif.") take the evidence, else the words as written are the mention.
    for (const named of datelineNames(dateline, locator)) {
      const inside = mentions.filter((mention) => mention.block >= 0 && named.from <= mention.from && mention.to <= named.to)
      if (inside.length === 0) mentions.push(named)
      for (const mention of inside) addVotes(mention.votes, named.votes)
    }
  }
  joinInitials(mentions, join)
  askTagger(mentions, blocks, groups)
  joinTails(mentions, groups, join)

  // Final groups, their kinds, and headline mentions of their names.
  const byRoot = new Map<string, Mention[]>()
  for (const mention of mentions) {
    const root = groups.root(mention.key)
    const list = byRoot.get(root) ?? byRoot.set(root, []).get(root)!
    list.push(mention)
  }
  const kinds = new Map<string, EntityKind>()
  for (const [root, list] of byRoot) {
    const votes = noVotes()
    for (const mention of list) addVotes(votes, mention.votes)
    const kind = bestKind(votes, keepFloor)
    if (kind) kinds.set(root, kind)
  }
  addKnownMentions(blocks, tokenLists, new Set(headlines), byRoot, kinds, locator)

  const entities: Entity[] = []
  for (const [root, kind] of kinds) {
    const list = byRoot.get(root)!
    const unique = new Map<number, Mention>()
    for (const mention of list.sort((a, b) => a.from - b.from || b.to - a.to)) if (!unique.has(mention.from)) unique.set(mention.from, mention)
    const ordered = [...unique.values()]
    entities.push({
      name: canonicalName(ordered, families),
      kind,
      mentions: ordered.map((mention): Phrase => ({text: mention.text, position: locator.position(mention.from, mention.to)}))
    })
  }
  return entities.sort((a, b) => a.mentions[0]!.position.start.offset - b.mentions[0]!.position.start.offset)
}

/** A named speaker at one quote: the name inside its mention, in input offsets. */
interface SpeakerName {
  readonly from: number
  readonly to: number
  readonly text: string
  readonly key: string
  readonly name: string
  readonly kind: 'person' | 'organization'
}

/** The names inside the speaker mentions of the quotes ("Mohammad Naeem" in "Taliban spokesperson Mohammad Naeem"). */
function speakerNames(found: QuoteFindings, locator: Locator): SpeakerName[] {
  const names: SpeakerName[] = []
  for (const quote of found.quotes) {
    const speaker = quote.attribution?.speaker
    if (!speaker?.mention || pronoun.test(speaker.mention.text)) continue
    if (speaker.kind !== 'person' && speaker.kind !== 'organization') continue
    const {start, end} = speaker.mention.position
    // The longest tail of the canonical name that the mention holds ("Jumah Zada" of "Vahidullah Jumah Zada").
    // A mention that holds no part of the name ("the institute") is no name mention.
    const mention = speaker.mention.text.toLowerCase()
    const nameWords = speaker.name.toLowerCase().split(/\s+/)
    let inner = ''
    let offset = -1
    for (let from = 0; from < nameWords.length && !inner; from++) {
      const tail = nameWords.slice(from).join(' ')
      const at = mention.lastIndexOf(tail)
      if (at !== -1 && !/[\p{L}\p{N}]/u.test(mention[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(mention[at + tail.length] ?? '')) {
        inner = tail
        offset = at
      }
    }
    if (!inner || start.line !== end.line) continue
    // "Norland’s National Weather Office": the name starts after the possessive.
    const owner = /^.*['’]s\s+/su.exec(inner)?.[0].length ?? 0
    const from = start.offset + offset + owner
    const to = start.offset + offset + inner.length
    const text = speaker.mention.text.slice(offset + owner, offset + inner.length)
    if (!/\p{Lu}/u.test(text) || locator.position(from, to).end.offset !== to) continue
    const name = withoutOwner(speaker.name)
    names.push({key: nameKey(name), name, kind: speaker.kind, from, to, text})
  }
  return names
}

/** A name without an owner before it: `Norland’s National Weather Office` → `National Weather Office`. */
function withoutOwner(name: string): string {
  return name.replace(/^.*['’]s\s+/su, '')
}

/** The dateline's place (`AUBURN, Wash.`) and agency (`AP`) as mentions, where they slice back from the input. */
function datelineNames(dateline: Dateline, locator: Locator): Mention[] {
  const names: Mention[] = []
  const add = (text: string | undefined, kind: EntityKind) => {
    if (!text) return
    const at = dateline.text.indexOf(text)
    const from = dateline.position.start.offset + at
    if (at === -1 || locator.position(from, from + text.length).end.offset !== from + text.length) return
    const votes = noVotes()
    votes[kind] += speakerWeight
    names.push({from, to: from + text.length, text, key: nameKey(text), votes, block: -1, start: -1})
  }
  add(dateline.place, 'place')
  add(dateline.agency, 'organization')
  return names
}

/** Join the names on both sides of "also known as" (and the like) in one sentence. Linear: one pass with a pointer into the runs. */
function linkAliases(tokens: readonly Token[], runs: readonly {run: NameRun; key: string}[], join: (a: string, b: string) => void): void {
  let next = 0
  let lastStop = -1
  for (let index = 0; index < tokens.length; index++) {
    if (/^[.?!]$/.test(tokens[index]!.text)) lastStop = index
    const cue = aliasCues.find((words) => words.every((word, offset) => tokens[index + offset]?.lower === word))
    if (!cue) continue
    while (next < runs.length && runs[next]!.run.last <= index) next++
    const before = runs[next - 1]
    const cueEnd = index + cue.length
    let after = next
    while (after < runs.length && runs[after]!.run.first < cueEnd) after++
    const following = runs[after]
    if (before && before.run.last > lastStop && following && following.run.first - cueEnd <= 5) join(before.key, following.key)
  }
}

/** Join an acronym to the one name whose initials it spells (`U.N.`, `United Nations`). */
function joinInitials(mentions: readonly Mention[], join: (a: string, b: string) => void): void {
  const byInitials = new Map<string, Set<string>>()
  for (const mention of mentions) {
    const words = mention.key.split(' ').filter((word) => !['of', 'for', 'and', 'the', '&'].includes(word))
    if (words.length < 2) continue
    const initials = words.map((word) => word[0]).join('')
    const keys = byInitials.get(initials) ?? byInitials.set(initials, new Set()).get(initials)!
    keys.add(mention.key)
  }
  for (const mention of mentions) {
    if (!acronym.test(mention.text)) continue
    const keys = byInitials.get(mention.key)
    if (keys?.size === 1) join(mention.key, [...keys][0]!)
  }
}

/** Ask compromise's tagger about names whose kind is still in doubt, reading only their sentences. */
function askTagger(mentions: readonly Mention[], blocks: readonly SourceText[], groups: NameGroups): void {
  const totals = new Map<string, KindVotes>()
  for (const mention of mentions) {
    const root = groups.root(mention.key)
    const votes = totals.get(root) ?? totals.set(root, noVotes()).get(root)!
    addVotes(votes, mention.votes)
  }
  const asked = new Map<string, number>()
  const sentences = new Map<string, {block: number; start: number; end: number; at: number; mentions: Mention[]}>()
  // The tagger reads at most a fifth of the article (and at least a short one whole), so reading entities stays well under one compromise pass.
  let budget = Math.max(taggerMinimum, taggerShare * blocks.reduce((sum, block) => sum + block.text.length, 0))
  const endsOf = new Map<number, number[]>()
  for (const mention of mentions) {
    if (mention.block < 0) continue
    const root = groups.root(mention.key)
    const votes = totals.get(root)!
    if (Math.max(votes.person, votes.organization, votes.place) >= sureFloor) continue
    // Two sentences per name are enough to learn its kind.
    const count = asked.get(root) ?? 0
    if (count >= 2) continue
    asked.set(root, count + 1)
    const text = blocks[mention.block]!.text
    const ends = endsOf.get(mention.block) ?? endsOf.set(mention.block, sentenceEnds(text, [])).get(mention.block)!
    const at = firstAbove(ends, mention.start)
    const start = at > 0 ? ends[at - 1]! : 0
    const key = `${mention.block}:${start}`
    let sentence = sentences.get(key)
    if (!sentence) {
      const end = ends[at] ?? text.length
      if (end - start > budget) continue
      budget -= end - start
      sentence = {block: mention.block, start, end, at: 0, mentions: []}
      sentences.set(key, sentence)
    }
    sentence.mentions.push(mention)
  }
  if (sentences.size === 0) return
  let joined = ''
  for (const sentence of sentences.values()) {
    sentence.at = joined.length
    joined += `${blocks[sentence.block]!.text.slice(sentence.start, sentence.end)}\n\n`
  }
  // Each mention asked about takes the kind compromise gives its last tagged word.
  const words = tagWords(joined)
  const starts = words.map((word) => word.start)
  for (const sentence of sentences.values()) {
    for (const mention of sentence.mentions) {
      const from = sentence.at + mention.start - sentence.start
      const to = from + mention.text.length
      let kind: EntityKind | undefined
      for (let index = firstAbove(starts, from - 1); index < words.length && words[index]!.start < to; index++) kind = words[index]!.kind
      if (kind) mention.votes[kind] += taggerWeight
    }
  }
}

/** The index of the first value above `value` in ascending `values` (binary search). */
function firstAbove(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (values[middle]! > value) high = middle
    else low = middle + 1
  }
  return low
}

/**
 * Join a surname or shorter tail (`Khalilzad`, `al-Masri`, `Jumah Zada`) to
 * the one person whose fuller name ends with it, unless the shorter name is
 * more surely something else (a place, an organisation).
 */
function joinTails(mentions: readonly Mention[], groups: NameGroups, join: (a: string, b: string) => void): void {
  const totals = new Map<string, KindVotes>()
  for (const mention of mentions) {
    const root = groups.root(mention.key)
    const votes = totals.get(root) ?? totals.set(root, noVotes()).get(root)!
    addVotes(votes, mention.votes)
  }
  // A surname used alone later ("Nyberg" after "Edda Nyberg") says the full name is a person's.
  const singles = new Set<string>()
  for (const mention of mentions) {
    if (mention.key.includes(' ')) continue
    const votes = totals.get(groups.root(mention.key))!
    if (votes.place < keepFloor && votes.organization < keepFloor) singles.add(mention.key)
  }
  for (const mention of mentions) {
    const last = mention.key.slice(mention.key.lastIndexOf(' ') + 1)
    if (mention.key.includes(' ') && singles.has(last) && mention.votes.organization === 0 && mention.votes.place === 0) {
      mention.votes.person += 2
      addVotes(totals.get(groups.root(mention.key))!, {person: 2, organization: 0, place: 0})
    }
  }
  const people = new Map<string, string>()
  for (const mention of mentions) {
    const root = groups.root(mention.key)
    const votes = totals.get(root)!
    if (bestKind(votes, keepFloor) === 'person' && votes.person >= sureFloor && mention.key.includes(' ')) people.set(mention.key, root)
  }
  // Every shorter tail of each full name, to the full names it ends ("al-masri" → "abu muhsin al-masri").
  const tails = new Map<string, Map<string, string>>()
  for (const [full, fullRoot] of people) {
    const parts = full.split(' ')
    for (let from = 1; from < parts.length; from++) {
      const tail = parts.slice(from).join(' ')
      const roots = tails.get(tail) ?? tails.set(tail, new Map()).get(tail)!
      if (roots.size < 2) roots.set(fullRoot, full)
    }
  }
  const keys = new Set(mentions.map((mention) => mention.key))
  for (const key of keys) {
    const root = groups.root(key)
    // A short name surely of another kind ("Norland", a country) stays apart; weak evidence (a preposition) does not count.
    const own = totals.get(root)!
    if (Math.max(own.place, own.organization) >= sureFloor && Math.max(own.place, own.organization) > own.person) continue
    const roots = tails.get(key)
    if (roots?.size === 1) {
      const [[target, full]] = [...roots] as [[string, string]]
      if (target !== root) join(full, key)
    }
  }
}

/**
 * Add mentions of known names written verbatim where no run finds them: in
 * title-case blocks (a headline capitalises every word, so its own runs say
 * nothing; matched ignoring case) and, elsewhere, names with a lower-case
 * word that a run of capitals cannot hold (`Afghan government`). Matches whole
 * words, longest name first; linear in the number of words times the names
 * sharing a first word.
 */
function addKnownMentions(blocks: readonly SourceText[], tokenLists: readonly (readonly Token[])[], headlines: ReadonlySet<number>, byRoot: Map<string, Mention[]>, kinds: ReadonlyMap<string, EntityKind>, locator: Locator): void {
  /** Names by their first word, longest first: all of them by the word in lower case (for headlines), those with a lower-case word by the word as written (elsewhere). */
  const byFirst = new Map<string, {words: string[]; root: string}[]>()
  const byFirstWritten = new Map<string, {words: string[]; root: string}[]>()
  const taken: [number, number][] = []
  for (const root of kinds.keys()) {
    const seen = new Set<string>()
    for (const mention of byRoot.get(root)!) {
      taken.push([mention.from, mention.to])
      if (seen.has(mention.text) || mention.text.length < 2) continue
      seen.add(mention.text)
      const words = tokenize(mention.text).map((token) => token.text)
      if (words.length === 0) continue
      const first = words[0]!.toLowerCase()
      const list = byFirst.get(first) ?? byFirst.set(first, []).get(first)!
      list.push({words, root})
      // Elsewhere than a headline, only a name with a lower-case word other than a connector or particle is sought.
      if (!words.some((word) => /^\p{Ll}/u.test(word) && !connectors.has(word) && !particle.test(word))) continue
      const written = byFirstWritten.get(words[0]!) ?? byFirstWritten.set(words[0]!, []).get(words[0]!)!
      written.push({words, root})
    }
  }
  // Longest first; of names that read alike only the first can ever match.
  const order = (lists: Map<string, {words: string[]; root: string}[]>, spelling: (words: string[]) => string) => {
    for (const [first, list] of lists) {
      const alike = new Set<string>()
      lists.set(first, list.sort((a, b) => b.words.length - a.words.length).filter((name) => {
        const spelt = spelling(name.words)
        return !alike.has(spelt) && alike.add(spelt)
      }))
    }
  }
  order(byFirst, (words) => words.join('\u0000').toLowerCase())
  order(byFirstWritten, (words) => words.join('\u0000'))
  taken.sort((a, b) => a[0] - b[0])
  const takenEnds = taken.map(([, end]) => end)
  const overlapsTaken = (from: number, to: number) => {
    const index = firstAbove(takenEnds, from)
    return index < taken.length && taken[index]![0] < to
  }
  blocks.forEach((block, blockIndex) => {
    const headline = headlines.has(blockIndex)
    const tokens = tokenLists[blockIndex]!
    for (let index = 0; index < tokens.length; index++) {
      const candidates = headline ? byFirst.get(tokens[index]!.lower) : byFirstWritten.get(tokens[index]!.text)
      if (!candidates) continue
      const match = candidates.find((name) => name.words.every((word, offset) => {
        const token = tokens[index + offset]
        return token !== undefined && (headline ? token.lower === word.toLowerCase() : token.text === word)
      }))
      if (!match) continue
      const at = tokens[index]!.start
      const end = tokens[index + match.words.length - 1]!.end
      const from = block.offsetAt(at)
      const to = block.offsetAt(end)
      if (overlapsTaken(from, to) || locator.position(from, to).end.offset !== to) continue
      const written = block.text.slice(at, end)
      byRoot.get(match.root)!.push({from, to, text: written, key: nameKey(written), votes: noVotes(), block: blockIndex, start: at, headline})
      index += match.words.length - 1
    }
  })
}

const connectors = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'der', 'den', 'del', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'abu'])

/**
 * The fullest form the article gives, among the names of the family (names
 * joined by anything but "also known as") that the article uses most; a form
 * written outside a headline wins over one in title case.
 */
function canonicalName(mentions: readonly Mention[], families: NameGroups): string {
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
