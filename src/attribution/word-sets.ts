import type {Token} from './tokenize.js'
import {documentNouns, issuerPrepositions, issuingParticiples, publicationPlaces, titleWords} from '../lexicon/document-nouns.js'
import {clauseMarkers, cueModifiers, determiners, prepositions, timeWords} from '../lexicon/function-words.js'
import {anonymousSourceWords, groupNouns, organizationNouns, organizationWords, partitiveQuantifiers, partOfGroupQuantifiers} from '../lexicon/organization-words.js'
import {speakerPronouns} from '../lexicon/pronouns.js'
import {genderedHonorifics, honorifics, partyMembers, speakerTitles, titleComplements} from '../lexicon/speaker-titles.js'

/** The lexicons as sets of lower-case words, for fast lookups by the attribution rules. */
export const words = {
  titles: new Set(speakerTitles),
  honorifics: new Set(honorifics),
  female: new Set(genderedHonorifics.female),
  male: new Set(genderedHonorifics.male),
  complements: new Set(titleComplements),
  organization: new Set(organizationWords),
  organizationNouns: new Set(organizationNouns),
  groups: new Set(groupNouns),
  anonymous: new Set(anonymousSourceWords),
  quantifiers: new Set(partitiveQuantifiers),
  partOfGroup: new Set(partOfGroupQuantifiers),
  partyMembers: new Set(partyMembers),
  documents: new Set(documentNouns),
  documentTitles: new Set(titleWords),
  publicationPlaces: new Set(publicationPlaces),
  issuerPrepositions: new Set(issuerPrepositions),
  issuingParticiples: new Set(issuingParticiples),
  determiners: new Set(determiners),
  clauses: new Set(clauseMarkers),
  modifiers: new Set(cueModifiers),
  prepositions: new Set(prepositions),
  times: new Set(timeWords),
  pronouns: new Set([...speakerPronouns.female, ...speakerPronouns.male, ...speakerPronouns.plural, ...speakerPronouns.neuter, ...speakerPronouns.firstPerson]),
  femalePronouns: new Set(speakerPronouns.female),
  malePronouns: new Set(speakerPronouns.male),
  pluralPronouns: new Set(speakerPronouns.plural),
  neuterPronouns: new Set(speakerPronouns.neuter)
} as const

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
