/**
 * Words that make a name an organisation (`White House`, `Lawyers Association`,
 * `Acme Inc.`), in lower case without a final period.
 *
 * @example
 *   organizationWords.includes('ministry') // true
 */
export const organizationWords: readonly string[] = [
  'house', 'ministry', 'department', 'office', 'agency', 'association', 'commission', 'committee', 'council',
  'board', 'bureau', 'directorate', 'service', 'services', 'police', 'force', 'forces', 'army', 'navy', 'government',
  'administration', 'party', 'union', 'federation', 'foundation', 'institute', 'institution', 'university', 'college',
  'school', 'hospital', 'court', 'tribunal', 'parliament', 'congress', 'senate', 'assembly', 'legislature', 'cabinet',
  'bank', 'group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'plc', 'co', 'network', 'news', 'press',
  'times', 'post', 'journal', 'tribune', 'herald', 'broadcasting', 'media', 'society', 'coalition',
  'alliance', 'organization', 'organisation', 'authority', 'centre', 'center', 'clinic', 'church', 'nation',
  'nations', 'league', 'club', 'team', 'taliban', 'movement', 'front', 'brigade', 'state', 'province', 'city',
  'county', 'municipality', 'region', 'district', 'division', 'unit', 'program', 'programme', 'project', 'fund',
  'trust', 'registry', 'secretariat', 'mission', 'embassy', 'consulate', 'command', 'squad', 'staff', 'watchdog',
  'regulator', 'airlines', 'airline', 'railway', 'transit', 'hydro', 'mobile', 'telecom', 'labs', 'systems',
  'industries', 'holdings', 'partners', 'capital', 'reconstruction', 'statistics', 'survey'
]

/**
 * Common nouns that name an organisation when used with "the" (`the ministry`,
 * `the company`): such a speaker is an organisation.
 *
 * @example
 *   organizationNouns.includes('company') // true
 */
export const organizationNouns: readonly string[] = [
  'government', 'ministry', 'department', 'agency', 'company', 'firm', 'commission', 'committee', 'council', 'board',
  'bureau', 'office', 'organization', 'organisation', 'group', 'association', 'union', 'party', 'campaign', 'city',
  'province', 'state', 'county', 'municipality', 'town', 'village', 'district', 'region', 'court', 'tribunal',
  'administration', 'service', 'force', 'army', 'military', 'embassy', 'hospital', 'university', 'school', 'college',
  'institute', 'bank', 'regulator', 'watchdog', 'network', 'broadcaster', 'newspaper', 'team', 'club', 'league',
  'coalition', 'alliance', 'church', 'charity', 'foundation', 'centre', 'center', 'clinic', 'authority', 'utility',
  'airline', 'retailer', 'insurer', 'manufacturer', 'developer', 'operator', 'provider', 'lab', 'laboratory',
  'house', 'cabinet', 'parliament', 'legislature', 'senate', 'congress', 'directorate', 'secretariat', 'mission',
  'magazine', 'outlet', 'publication', 'publisher', 'station', 'tabloid'
]

/**
 * Plural or collective nouns for groups of people (`officials`, `police`,
 * `residents`), and the participles that name a poll's respondents after
 * "those" (`those surveyed`): such a speaker is a group.
 *
 * @example
 *   groupNouns.includes('officials') // true
 */
export const groupNouns: readonly string[] = [
  'officials', 'police', 'authorities', 'officers', 'residents', 'voters', 'critics', 'experts', 'analysts',
  'politicians', 'lawmakers', 'legislators', 'leaders', 'protesters', 'protestors', 'demonstrators', 'activists',
  'advocates', 'witnesses', 'neighbours', 'neighbors', 'parents', 'students', 'teachers', 'doctors', 'nurses',
  'scientists', 'researchers', 'investigators', 'prosecutors', 'lawyers', 'staff', 'employees', 'workers',
  'members', 'supporters', 'opponents', 'observers', 'people', 'users', 'organizers', 'organisers', 'sources',
  'diplomats', 'militants', 'fighters', 'insurgents', 'rebels', 'troops', 'soldiers', 'family', 'families',
  'relatives', 'friends', 'fans', 'customers', 'patients', 'victims', 'survivors', 'citizens', 'locals', 'villagers',
  'farmers', 'owners', 'landlords', 'tenants', 'passengers', 'spokespeople', 'representatives', 'executives',
  'economists', 'pollsters', 'others', 'some', 'many', 'both', 'everyone', 'crowd', 'audience', 'group', 'groups',
  'participants', 'respondents', 'guests', 'homeowners', 'drivers', 'commuters', 'agencies', 'governments',
  'ministers', 'senators', 'councillors', 'councilors', 'mayors', 'premiers', 'chiefs', 'elders', 'clerics',
  'women', 'men', 'children', 'percent', 'majority', 'plurality', 'half',
  // "those surveyed", "a third of those polled": the people a poll asked; "42%" of them.
  'surveyed', 'polled', 'questioned', 'interviewed', 'sampled', '%'
]

/**
 * Words that describe sources by what they know rather than who they are
 * ("sources familiar with the talks", "people close to the club"), in lower
 * case. Such groups in one article are, by convention, one set of unnamed
 * sources.
 *
 * @example
 *   anonymousSourceWords.includes('familiar') // true
 */
export const anonymousSourceWords: readonly string[] = ['familiar', 'close', 'knowledgeable', 'briefed']

/**
 * Quantifiers that name part of a group ("some in the community", "many
 * among the staff"), in lower case.
 *
 * @example
 *   partitiveQuantifiers.includes('some') // true
 */
export const partitiveQuantifiers: readonly string[] = ['some', 'many', 'most', 'several', 'few', 'others', 'all', 'both']

/**
 * Quantifiers that, standing alone as a subject ("Some said …"), speak for
 * part of the group just named; "others" is left out, as it names the rest.
 *
 * @example
 *   partOfGroupQuantifiers.includes('some') // true
 */
export const partOfGroupQuantifiers: readonly string[] = ['some', 'many', 'most', 'several', 'few', 'all', 'both']
