import {bare} from '../attribution/word-sets.js'
import type {SourceText} from '../blocks/source-text.js'
import type {Locator} from '../locate.js'
import {isTitleCase} from '../quotes/is-title-case.js'
import type {Dateline, Entity, EntityKind, Phrase} from '../types.js'
import {acronymInParentheses} from './acronym-in-parentheses.js'
import {addDatelineNames} from './add-dateline-names.js'
import {addKnownMentions} from './add-known-mentions.js'
import {askTagger} from './ask-tagger.js'
import {blockTokens} from '../attribution/block-tokens.js'
import {canonicalName} from './canonical-name.js'
import {keepFloor} from './evidence-weights.js'
import {findNameRuns, type NameRun} from './find-name-runs.js'
import {isLoneNonName} from './is-lone-non-name.js'
import {joinInitials} from './join-initials.js'
import {joinTails} from './join-tails.js'
import {linkAliases} from './link-aliases.js'
import {knownStarts} from './known-starts.js'
import {linkSpeakers} from './link-speakers.js'
import type {Mention} from './mention.js'
import {mergeSpeakerMentions} from './merge-speaker-mentions.js'
import {NameGroups, nameKey} from './name-groups.js'
import {weighSpeakers} from './weigh-speakers.js'
import {addVotes, bestKind, noVotes, weighKind} from './weigh-kind.js'
import type {SpeakerFindings} from './speaker-findings.js'

const possessive = /['’]s?$/

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
export function findEntities(sources: readonly SourceText[], found: SpeakerFindings, locator: Locator, captions: readonly SourceText[] = [], dateline?: Dateline): Entity[] {
  const blocks = [...sources, ...captions]
  // Tokens are made block by block, as each pass reads them, so only one block's are held at a time.
  const tokensOf = blockTokens(blocks)
  const lowerWords = new Set<string>()
  const standalone = new Set<string>()
  // Through tokensOf, like every later pass: one block's tokens at a time, and the last block's (all of a one-block input) made once.
  blocks.forEach((_, index) => {
    for (const token of tokensOf(index)) {
      if (!token.word) continue
      if (token.text === token.lower) lowerWords.add(bare(token.lower))
      else if (!token.text.includes('-')) standalone.add(token.text.replace(possessive, ''))
    }
  })

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
    const tokens = tokensOf(index)
    if (isTitleCase(tokens)) {
      headlines.push(index)
      return
    }
    const names = findNameRuns(block.text, lowerWords, standalone, tokens)
    const kept: {run: NameRun; key: string}[] = []
    for (const run of names.runs) {
      const text = block.text.slice(run.start, run.end)
      // A lone word compromise knows as something else (a demonym, an adjective) is no name, nor is a lone adjective before a noun.
      if (isLoneNonName(names.tokens, run, text)) continue
      const key = nameKey(text)
      if (!key) continue
      kept.push({run, key})
      mentions.push({from: block.offsetAt(run.start), to: block.offsetAt(run.end), text, key, votes: weighKind(names.tokens, run), block: index, start: run.start})
      // "Harbour Safety Board (HSB)".
      const acronym = acronymInParentheses(names.tokens, run, text)
      if (acronym) join(key, nameKey(acronym))
    }
    linkAliases(names.tokens, kept, (a, b) => join(a, b, true))
  })

  // "Network Rail said" at a sentence's start, when "Network Rail" stands elsewhere.
  mentions = knownStarts(mentions, blocks, tokensOf)
  // Speakers found by attribution: strong evidence of kind, and their aliases.
  mentions = mergeSpeakerMentions(mentions, found, locator, lowerWords, join)
  weighSpeakers(mentions, found, groups)
  if (dateline) addDatelineNames(mentions, dateline, locator)
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
  addKnownMentions(blocks, tokensOf, new Set(headlines), byRoot, kinds, locator)

  const speakersOf = linkSpeakers(found.speakers, groups, new Set(kinds.keys()))
  const entities: Entity[] = []
  for (const [root, kind] of kinds) {
    const list = byRoot.get(root)!
    const unique = new Map<number, Mention>()
    for (const mention of list.sort((a, b) => a.from - b.from || b.to - a.to)) if (!unique.has(mention.from)) unique.set(mention.from, mention)
    const ordered = [...unique.values()]
    entities.push({
      name: canonicalName(ordered, families),
      kind,
      mentions: ordered.map((mention): Phrase => ({text: mention.text, position: locator.position(mention.from, mention.to)})),
      ...(speakersOf.has(root) ? {speakers: speakersOf.get(root)!} : {})
    })
  }
  return entities.sort((a, b) => a.mentions[0]!.position.start.offset - b.mentions[0]!.position.start.offset)
}
