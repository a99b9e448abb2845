/**
 * Words that bylines and contributor lines print beside the names: job
 * titles ("Staff writer", "Senior correspondent"), degrees ("MD"), and the
 * links of social accounts, in lower case. A name part made only of these is
 * a role, not a person.
 */

/** Nouns that name a newsroom (or other) job: the head of a role phrase. */
export const roleNouns: readonly string[] = [
  'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'columnist',
  'columnists', 'contributor', 'contributors', 'producer', 'producers', 'photographer', 'photographers',
  'journalist', 'journalists', 'technologist', 'analyst', 'analysts', 'critic', 'critics', 'intern', 'interns',
  'fellow', 'researcher', 'researchers', 'commentator', 'presenter', 'anchor', 'host', 'blogger', 'illustrator',
  'videographer', 'designer', 'strategist', 'stringer', 'chief', 'director', 'manager', 'specialist', 'scientist',
  'attorney', 'counsel', 'lecturer', 'professor', 'student'
]

/** Words that stand before a role noun: "Senior staff writer", "Freelance sports reporter". */
export const roleModifiers: readonly string[] = [
  'senior', 'junior', 'staff', 'freelance', 'contributing', 'chief', 'deputy', 'associate', 'assistant', 'special',
  'political', 'sports', 'news', 'business', 'health', 'science', 'technology', 'tech', 'foreign', 'national',
  'investigative', 'digital', 'executive', 'managing', 'editorial', 'general', 'breaking', 'bureau', 'white',
  'house', 'city', 'local', 'regional', 'international', 'entertainment', 'culture', 'arts', 'travel', 'food',
  'climate', 'environment', 'education', 'legal', 'courts', 'crime', 'data', 'visual', 'video', 'audio', 'photo',
  'features', 'opinion', 'metro', 'economics', 'economy', 'markets', 'finance', 'money', 'lifestyle', 'weather',
  'research', 'policy', 'global', 'west', 'east', 'north', 'south', 'guest', 'the', 'a', 'an', 'of', 'for', 'and',
  'writer', 'reporter', 'correspondent', 'editor'
]

/** Academic and professional degrees printed after a name ("Jane Doe, MD"): they belong to it. */
export const degrees: readonly string[] = [
  'ma', 'md', 'phd', 'ph.d', 'rn', 'mph', 'ms', 'msc', 'bsc', 'ba', 'bs', 'mba', 'jd', 'do', 'dds', 'np', 'pa-c',
  'lpc', 'lcsw', 'rd', 'cpa', 'esq', 'jr', 'sr', 'ii', 'iii', 'iv'
]

/** Social networks and contact words printed as links after a name ("Jane DoeTwitter", "Email"). */
export const socialWords: readonly string[] = [
  'twitter', 'facebook', 'instagram', 'linkedin', 'bluesky', 'mastodon', 'threads', 'email', 'e-mail', 'tiktok',
  'youtube', 'rss', 'bio', 'website'
]

/**
 * Words that make a name a publication's (`Orchard Weekly`, `Harbour Wire`)
 * rather than a person's, beside the organisation words: bylines print the
 * outlet after the names. Words that are also common surnames (Sun, Star,
 * Mail) are left out.
 */
export const publicationWords: readonly string[] = [
  'weekly', 'daily', 'gazette', 'chronicle', 'observer', 'courier', 'wire', 'monitor', 'magazine', 'bulletin',
  'dispatch', 'telegraph', 'sentinel', 'examiner', 'today', 'online', 'tv', 'radio', 'broadcast', 'newsroom',
  'desk', 'staff', 'editorial', 'digest', 'inquirer', 'independent', 'enquirer', 'advertiser', 'register'
]
