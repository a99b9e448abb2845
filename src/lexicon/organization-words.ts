/** The words that are both: in a name they make it an organisation's, and with "the" they name one (`board`, `ministry`). */
const organizationHeads: readonly string[] = [
  'house', 'ministry', 'department', 'office', 'agency', 'association', 'commission', 'committee', 'council',
  'board', 'bureau', 'directorate', 'service', 'force', 'army', 'government', 'administration', 'party', 'union',
  'foundation', 'institute', 'university', 'college', 'school', 'hospital', 'court', 'tribunal', 'parliament',
  'congress', 'senate', 'legislature', 'cabinet', 'bank', 'group', 'company', 'network', 'coalition', 'alliance',
  'organization', 'organisation', 'authority', 'centre', 'center', 'clinic', 'church', 'league', 'club', 'team',
  'state', 'province', 'city', 'county', 'municipality', 'region', 'district', 'secretariat', 'mission', 'embassy',
  'watchdog', 'regulator', 'airline', 'federation', 'institution', 'assembly', 'corporation', 'society', 'fund',
  'trust', 'registry', 'consulate', 'railway'
]

/**
 * Words that make a name an organisation (`White House`, `Lawyers Association`,
 * `Acme Inc.`), in lower case without a final period.
 *
 * @example
 *   organizationWords.includes('ministry') // true
 */
export const organizationWords: readonly string[] = [
  ...organizationHeads,
  'services', 'police', 'forces', 'navy', 'corp', 'inc',
  'ltd', 'llc', 'plc', 'co', 'news', 'press', 'times', 'post', 'journal', 'tribune', 'herald', 'broadcasting',
  'media', 'nation', 'nations', 'taliban', 'movement', 'front', 'brigade', 'division', 'unit', 'program',
  'programme', 'project', 'command', 'squad', 'staff', 'airlines', 'transit', 'hydro', 'mobile', 'telecom', 'labs', 'systems', 'industries', 'holdings', 'partners',
  'capital', 'reconstruction', 'statistics', 'survey'
]

/**
 * Common nouns that name an organisation when used with "the" (`the ministry`,
 * `the company`): such a speaker is an organisation.
 *
 * @example
 *   organizationNouns.includes('company') // true
 */
export const organizationNouns: readonly string[] = [
  ...organizationHeads,
  'firm', 'campaign', 'town', 'village', 'military', 'broadcaster', 'newspaper', 'charity', 'utility', 'retailer',
  'insurer', 'manufacturer', 'developer', 'operator', 'provider', 'lab', 'laboratory', 'magazine', 'outlet',
  'publication', 'publisher', 'station', 'tabloid'
]

/**
 * Plural or collective nouns for groups of people (`officials`, `police`,
 * `residents`): such a speaker is a group.
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
  'women', 'men', 'children', 'percent', 'majority', 'plurality', 'half', 'pair', 'duo', 'trio', 'couple'
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
