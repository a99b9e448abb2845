import type {Token} from './tokenize.js'
import {documentNouns, issuerPrepositions, issuingParticiples, publicationPlaces, titleWords} from '../lexicon/document-nouns.js'
import {clauseMarkers, cueModifiers, determiners, prepositions, timeWords} from '../lexicon/function-words.js'
import {anonymousSourceWords, groupNouns, organizationNouns, organizationWords, partitiveQuantifiers, partOfGroupQuantifiers} from '../lexicon/organization-words.js'
import {speakerPronouns} from '../lexicon/pronouns.js'
import {genderedHonorifics, honorifics, partyMembers, speakerTitles, titleComplements} from '../lexicon/speaker-titles.js'

// The lexicons as sets of lower-case words, for fast lookups by the attribution rules: one binding each, not
// properties of one object, so that a minifier can shorten the name of each (about 0.2 KiB min+gzip less).

/** The speaker titles (`senator`, `spokesperson`), as a set. */
export const titlesSet: ReadonlySet<string> = new Set(speakerTitles)

/** The honorifics (`mr`, `sen`), as a set. */
export const honorificsSet: ReadonlySet<string> = new Set(honorifics)

/** The honorifics of women (`mrs`, `ms`), as a set. */
export const femaleSet: ReadonlySet<string> = new Set(genderedHonorifics.female)

/** The honorifics of men (`mr`), as a set. */
export const maleSet: ReadonlySet<string> = new Set(genderedHonorifics.male)

/** The words that complete a title (`general` in "attorney general"), as a set. */
export const complementsSet: ReadonlySet<string> = new Set(titleComplements)

/** The words that mark an organisation's name, as a set. */
export const organizationSet: ReadonlySet<string> = new Set(organizationWords)

/** The nouns that stand for an organisation (`ministry`), as a set. */
export const organizationNounsSet: ReadonlySet<string> = new Set(organizationNouns)

/** The nouns for a group of people (`officials`, `residents`), as a set. */
export const groupsSet: ReadonlySet<string> = new Set(groupNouns)

/** The words of an anonymous source (`familiar`, `briefed`), as a set. */
export const anonymousSet: ReadonlySet<string> = new Set(anonymousSourceWords)

/** The partitive quantifiers (`some`, `many`), as a set. */
export const quantifiersSet: ReadonlySet<string> = new Set(partitiveQuantifiers)

/** The quantifiers of part of a group, as a set. */
export const partOfGroupSet: ReadonlySet<string> = new Set(partOfGroupQuantifiers)

/** The members of a party (`republican`), as a set. */
export const partyMembersSet: ReadonlySet<string> = new Set(partyMembers)

/** The nouns for a document (`report`, `statement`), as a set. */
export const documentsSet: ReadonlySet<string> = new Set(documentNouns)

/** The words that introduce a document's title (`titled`), as a set. */
export const documentTitlesSet: ReadonlySet<string> = new Set(titleWords)

/** The places a document is published (`website`), as a set. */
export const publicationPlacesSet: ReadonlySet<string> = new Set(publicationPlaces)

/** The prepositions before a document's issuer (`by`, `from`), as a set. */
export const issuerPrepositionsSet: ReadonlySet<string> = new Set(issuerPrepositions)

/** The participles of issuing a document (`released`), as a set. */
export const issuingParticiplesSet: ReadonlySet<string> = new Set(issuingParticiples)

/** The determiners, as a set. */
export const determinersSet: ReadonlySet<string> = new Set(determiners)

/** The words that start a clause, as a set. */
export const clausesSet: ReadonlySet<string> = new Set(clauseMarkers)

/** The words between a speaker and the cue verb, as a set. */
export const modifiersSet: ReadonlySet<string> = new Set(cueModifiers)

/** The prepositions, as a set. */
export const prepositionsSet: ReadonlySet<string> = new Set(prepositions)

/** The time words, as a set. */
export const timesSet: ReadonlySet<string> = new Set(timeWords)

/** The speaker pronouns of every person and gender, as a set. */
export const pronounsSet: ReadonlySet<string> = new Set([...speakerPronouns.female, ...speakerPronouns.male, ...speakerPronouns.plural, ...speakerPronouns.neuter, ...speakerPronouns.firstPerson])

/** The female pronouns, as a set. */
export const femalePronounsSet: ReadonlySet<string> = new Set(speakerPronouns.female)

/** The male pronouns, as a set. */
export const malePronounsSet: ReadonlySet<string> = new Set(speakerPronouns.male)

/** A word without a final period, in lower case: `Sen.` → `sen`. */
export function bare(lower: string): string {
  return lower.endsWith('.') ? lower.slice(0, -1) : lower
}

/** Name particles written in lower case inside names: al-Masri, bin, van, de. */
export const particle = /^(?:al|el|bin|ibn|bint|abu|van|von|de|da|di|du|le|la|der|den|ter|dos|das|del|della|st\.)(?:-\p{Lu}.*)?$/u

/** Whether a token can stand inside a name: a capitalised word or a {@link particle} (`Last` in "Ada Last", `al-Masri`). */
export function isNamePart(token: Token): boolean {
  return token.word && (token.capital || particle.test(token.text))
}
