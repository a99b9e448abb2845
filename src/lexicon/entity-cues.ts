/**
 * Head words that make a capitalised name a place (`Helmand Province`,
 * `Hudson River`), in lower case. `state` is left out (`Islamic State`). Also the words before "of" that introduce
 * one (`the province of Ghazni`, `the city of Lyon`).
 *
 * @example
 *   placeHeads.includes('province') // true
 */
export const placeHeads: readonly string[] = [
  'province', 'city', 'town', 'village', 'county', 'district', 'region', 'capital', 'island', 'islands', 'river',
  'valley', 'mountain', 'mountains', 'lake', 'bay', 'sea', 'ocean', 'gulf', 'peninsula', 'desert', 'street', 'avenue',
  'road', 'square', 'borough', 'suburb', 'neighbourhood', 'neighborhood', 'territory', 'republic', 'kingdom',
  'emirate', 'prefecture', 'oblast', 'canton', 'municipality', 'township', 'parish', 'strait', 'coast'
]

/**
 * Prepositions after which a bare capitalised name is more likely a place
 * (`in Helmand`, `near Lyon`), in lower case. Weak evidence on its own;
 * `from` and `to` are left out (`a letter from Ana`).
 *
 * @example
 *   placePrepositions.includes('near') // true
 */
export const placePrepositions: readonly string[] = ['in', 'near', 'across', 'outside', 'inside', 'throughout', 'around']

/**
 * Phrases that give a second name for the same person or group
 * (`al-Masri, also known as Husam Abd al-Rauf`), as lower-case word lists.
 *
 * @example
 *   aliasCues.some((cue) => cue.join(' ') === 'also known as') // true
 */
export const aliasCues: readonly (readonly string[])[] = [
  ['also', 'known', 'as'],
  ['also', 'known', 'by'],
  ['also', 'called'],
  ['a.k.a.'],
  ['aka'],
  ['alias'],
  ['nom', 'de', 'guerre']
]

/**
 * Abbreviations of countries (dots and all): with no other evidence they are
 * places, not organisations (`U.S. troops`).
 *
 * @example
 *   countryAbbreviations.includes('U.K.') // true
 */
export const countryAbbreviations: readonly string[] = [
  'U.S.', 'US', 'U.S.A.', 'USA', 'U.K.', 'UK', 'UAE', 'U.A.E.', 'DRC', 'PRC', 'DPRK', 'ROK', 'N.Z.', 'NZ'
]

/**
 * Capitalised words that name a time, not an entity (months, week days, some
 * holidays), in lower case. `May` is left out: it is also a modal verb and a name.
 *
 * @example
 *   timeNames.includes('thursday') // true
 */
export const timeNames: readonly string[] = [
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan', 'eid', 'hanukkah',
  'diwali', 'thanksgiving', 'passover'
]

/**
 * Words an acronym skips when it spells a name's initials (`United Nations
 * Educational, Scientific and Cultural Organization`), in lower case.
 *
 * @example
 *   initialsSkipped.includes('of') // true
 */
export const initialsSkipped: readonly string[] = ['of', 'for', 'and', 'the', '&']

/**
 * Lower-case words that join the parts of a capitalised name (`Bank of
 * Norland`, `Ludwig van Dorn`, `Omar bin Saleh`): a name holding only these
 * in lower case is one a run of capitals already finds.
 *
 * @example
 *   nameConnectors.includes('van') // true
 */
export const nameConnectors: readonly string[] = [
  'of', 'for', 'and', 'the', 'de', 'du', 'der', 'den', 'del', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'abu'
]
