/**
 * Words that name a role a person holds (`spokesperson`, `minister`), in lower
 * case. A name after one of them is a person: "Taliban spokesperson Mohammad Naeem".
 *
 * @example
 *   speakerTitles.includes('envoy') // true
 */
export const speakerTitles: readonly string[] = [
  'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'president', 'vice-president', 'envoy', 'ambassador',
  'secretary', 'chief', 'head', 'director', 'leader', 'chairman', 'chairwoman', 'chairperson', 'chair', 'mayor',
  'premier', 'governor', 'senator', 'lawmaker', 'legislator', 'councillor', 'councilor', 'councilwoman', 'councilman',
  'commissioner', 'official', 'officer', 'inspector', 'general', 'deputy', 'analyst', 'expert', 'professor',
  'researcher', 'scientist', 'economist', 'lawyer', 'attorney', 'judge', 'justice', 'prosecutor', 'sheriff',
  'captain', 'commander', 'colonel', 'lieutenant', 'sergeant', 'constable', 'superintendent', 'detective',
  'manager', 'executive', 'ceo', 'cfo', 'founder', 'co-founder', 'owner', 'coordinator', 'organizer', 'organiser',
  'advocate', 'activist', 'candidate', 'member', 'mp', 'mpp', 'mla', 'mna', 'representative', 'delegate', 'critic',
  'coach', 'player', 'doctor', 'nurse', 'physician', 'author', 'writer', 'editor', 'reporter',
  'correspondent', 'adviser', 'advisor', 'consultant', 'strategist', 'pollster', 'negotiator', 'administrator',
  'principal', 'teacher', 'student', 'resident', 'neighbour', 'neighbor', 'witness', 'victim', 'mother', 'father',
  'son', 'daughter', 'wife', 'husband', 'sister', 'brother', 'friend', 'partner', 'pastor', 'priest', 'bishop',
  'rabbi', 'imam', 'cardinal', 'pope', 'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'sheikh',
  'chancellor', 'dean', 'provost', 'vice', 'propagandist', 'militant', 'fighter', 'speaker', 'whip',
  'treasurer', 'auditor', 'ombudsman', 'registrar', 'clerk', 'chieftain', 'elder', 'marshal',
  'curator', 'historian', 'architect', 'engineer', 'planner', 'pilot', 'farmer', 'chef', 'artist', 'musician',
  'singer', 'actor', 'actress', 'athlete', 'golfer', 'champion', 'skipper', 'veteran', 'survivor',
  'worker', 'employee', 'driver', 'protester', 'protestor', 'demonstrator', 'volunteer', 'parent', 'trader', 'broker',
  'investor', 'entrepreneur', 'customer', 'shopper', 'mechanic', 'electrician', 'firefighter', 'paramedic', 'lecturer',
  'instructor', 'retiree', 'tenant', 'landlord', 'homeowner', 'commuter', 'passenger', 'fisherman', 'rancher', 'miner'
]

/**
 * Lower-case nouns that head a description of an unnamed speaker (`one Harbour
 * Board source said`, `a senior Party aide said`) but are no title before a
 * name: "Open Source Initiative" is an organisation, and "a vital source of
 * income" describes no person. Only the speaker's noun phrase reads them.
 *
 * @example
 *   descriptionHeads.includes('source') // true
 */
export const descriptionHeads: readonly string[] = ['aide', 'source']

/**
 * Honorifics and abbreviated titles written before a name (`Sen.`, `Dr.`), in
 * lower case without the period.
 *
 * @example
 *   honorifics.includes('dr') // true
 */
export const honorifics: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpl', 'maj',
  'adm', 'cmdr', 'insp', 'supt', 'const', 'det', 'rev', 'fr', 'hon', 'sir', 'dame', 'lord', 'lady', 'mayor',
  'premier', 'president', 'senator', 'chief', 'judge', 'justice', 'minister', 'sheikh', 'mullah', 'maulvi', 'imam'
]

/** Honorifics that say a person is a woman or a man, for pronoun resolution. */
export const genderedHonorifics: {readonly female: readonly string[]; readonly male: readonly string[]} = {
  female: ['mrs', 'ms', 'miss', 'dame', 'lady', 'madam', 'spokeswoman', 'chairwoman', 'councilwoman', 'queen', 'princess'],
  male: ['mr', 'sir', 'lord', 'spokesman', 'chairman', 'councilman', 'king', 'prince']
}

/**
 * Capitalised words that complete a title after "of" (`Secretary of State`,
 * `Minister of Foreign Affairs`): they belong to the title, not to the name.
 *
 * @example
 *   titleComplements.includes('state') // true
 */
export const titleComplements: readonly string[] = [
  'state', 'defence', 'defense', 'health', 'finance', 'foreign', 'affairs', 'justice', 'education', 'transport',
  'transportation', 'energy', 'labor', 'labour', 'environment', 'public', 'safety', 'homeland', 'security', 'interior',
  'agriculture', 'commerce', 'treasury', 'immigration', 'trade', 'staff', 'police', 'operations', 'communications',
  'culture', 'housing', 'economy', 'industry', 'innovation', 'veterans', 'indigenous', 'services', 'army', 'navy'
]

/**
 * Nouns for a member of a political party, in lower case: "the Kentucky
 * Republican" describes a person named before, not an organisation.
 *
 * @example
 *   partyMembers.includes('republican') // true
 */
export const partyMembers: readonly string[] = ['republican', 'democrat', 'conservative', 'liberal', 'tory', 'socialist', 'libertarian', 'progressive', 'independent', 'nationalist', 'separatist', 'sovereigntist', 'federalist', 'populist']
