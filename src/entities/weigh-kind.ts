import type {Token} from '../attribution/tokenize.js'
import {bare, organizationSet, titlesSet} from '../attribution/word-sets.js'
import {countryAbbreviations, placeHeads, placePrepositions} from '../lexicon/entity-cues.js'
import {memberWords as memberWordList} from '../lexicon/member-words.js'
import {articles as articleList} from '../lexicon/speaker-phrase-words.js'
import type {EntityKind} from '../types.js'
import {lexiconKind} from './compromise-adapter.js'
import type {NameRun} from './find-name-runs.js'
import {spellsAcronym} from './spells-acronym.js'

/** Evidence for each kind of entity, as weights that add up over an entity's mentions. */
export type KindVotes = Record<EntityKind, number>

/** No evidence yet. */
export function noVotes(): KindVotes {
  return {person: 0, organization: 0, place: 0}
}

const heads = new Set(placeHeads)
const prepositions = new Set(placePrepositions)
const countries = new Set(countryAbbreviations)
const acronym = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]+$/u
const articles = new Set(articleList)
/** Nouns after a group's name that make the name an organisation's (`al-Qaida leader`, `Taliban fighters`). */
const memberWords = new Set(memberWordList)

/** An organisation word that is not also a place word (`Association`, not `City`). */
const isOrganizationWord = (token: Token) => {
  const lower = bare(token.lower.replace(/['’]s$/, ''))
  return token.capital && organizationSet.has(lower) && !heads.has(lower)
}

const isTitle = (token: Token | undefined) => token !== undefined && token.word && !token.capital && titlesSet.has(bare(token.lower))

/**
 * Weigh what the words in and around one name run say about its kind:
 * a title before it (person, 4), a title in apposition (`Ana Lowe, a
 * spokesperson`: person, 3), an organisation word in it (`Lawyers
 * Association`, `Bank of England`: organisation, 4), a place word at its end or before "of"
 * (`Helmand Province`, `the province of Ghazni`: place, 3–4), `City, Country`
 * (place, 3), an acronym given in parentheses (organisation, 3), compromise's
 * lexicon (3 for a whole name, 2 for a first name), a member noun after it
 * (`Taliban fighters`: organisation, 1.5), "the" before a bare name
 * (organisation, 1.5), a place preposition before it (`in Helmand`: place,
 * 1.5 for one word, 1 for more).
 *
 * @example
 *   // tokens and run of "said Taliban spokesperson Mohammad Naeem" (the run "Mohammad Naeem")
 *   weighKind(tokens, run).person // 3 + 2 (title before, first name)
 */
export function weighKind(tokens: readonly Token[], run: NameRun): KindVotes {
  const votes = noVotes()
  const nameTokens = tokens.slice(run.first, run.last)
  const written = nameTokens.map((token) => token.text).join(' ').replace(/['’]s$/, '')
  // The head of "Bank of England" is "Bank".
  const of = nameTokens.findIndex((token) => token.lower === 'of' || token.lower === 'for')
  const head = bare((of > 0 ? nameTokens[of - 1]! : nameTokens.at(-1)!).lower.replace(/['’]s$/, ''))
  const before = tokens[run.first - 1]
  const after = tokens[run.last]
  const single = nameTokens.length === 1

  if (run.titled) votes.person += 4
  if (isTitle(before)) votes.person += 3
  // "A Taliban commander, Emran Hanzalah": a title shortly before the comma before the name.
  if (before?.text === ',' && [2, 3, 4].some((back) => isTitle(tokens[run.first - back]) && tokens[run.first - back - 1]?.text !== ',')) votes.person += 3
  // "Subhan Mesbah, the deputy head of …": a title shortly after the comma and the article.
  if (after?.text === ',' && articles.has(tokens[run.last + 1]?.lower ?? '') && [2, 3, 4].some((ahead) => isTitle(tokens[run.last + ahead]))) votes.person += 3

  if (!single && nameTokens.some((token) => isOrganizationWord(token))) votes.organization += 4
  if (!single && heads.has(head)) votes.place += 3
  const defined = tokens[run.last + 1]?.text ?? ''
  if (after?.text === '(' && acronym.test(defined) && tokens[run.last + 2]?.text === ')' && spellsAcronym(written, defined)) votes.organization += 3
  if (before?.lower === 'of' && heads.has(tokens[run.first - 2]?.lower ?? '')) votes.place += 4
  if (after?.text === ',' && tokens[run.last + 1]?.capital && lexiconKind(tokens[run.last + 1]!.lower) === 'place') votes.place += 3
  // "in Helmand"; a longer name after "in" is as often a title or an event ("starred in Silent Harbour").
  if (before && prepositions.has(before.lower) && !run.titled) votes.place += single ? 1.5 : 1
  const next = after?.word && !after.capital ? after.lower : ''
  if (memberWords.has(next)) votes.organization += 1.5
  if (before?.lower === 'the' && !next) votes.organization += 1.5

  const known = countries.has(written) ? 'place' : lexiconKind(written.toLowerCase())
  if (known === 'place' || known === 'organization' || known === 'person') votes[known] += 3
  else if (!single && lexiconKind(nameTokens[0]!.lower) === 'first-name') votes.person += 2
  return votes
}

/** Add `more` into `votes`. */
export function addVotes(votes: KindVotes, more: Readonly<KindVotes>): void {
  votes.person += more.person
  votes.organization += more.organization
  votes.place += more.place
}

/** The kind with the most evidence, or `undefined` when the best is below `floor`. */
export function bestKind(votes: Readonly<KindVotes>, floor: number): EntityKind | undefined {
  let best: EntityKind | undefined
  let weight = floor - Number.EPSILON
  for (const kind of ['person', 'organization', 'place'] as const) {
    if (votes[kind] > weight) {
      best = kind
      weight = votes[kind]
    }
  }
  return best
}
