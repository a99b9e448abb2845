/**
 * Determiners that open a noun phrase, in lower case.
 *
 * @example
 *   determiners.includes('the') // true
 */
export const determiners: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some',
  'many', 'several', 'other', 'another', 'both', 'all', 'most', 'few', 'two', 'three', 'four', 'five', 'one', 'each',
  'every', 'no', 'any', 'such'
]

/**
 * Words that start a clause, in lower case: a speaker phrase never reaches back past one.
 *
 * @example
 *   clauseMarkers.includes('while') // true
 */
export const clauseMarkers: readonly string[] = [
  'that', 'as', 'when', 'while', 'because', 'after', 'before', 'if', 'although', 'though', 'since', 'and', 'but',
  'or', 'so', 'which', 'who', 'whom', 'whose', 'where', 'until', 'unless', 'whether', 'once', 'than', 'yet', 'nor',
  'why', 'how', 'what', 'whereas'
]

/**
 * Words that may stand between a speaker and the cue verb (`has also said`,
 * `later told`), in lower case.
 *
 * @example
 *   cueModifiers.includes('also') // true
 */
export const cueModifiers: readonly string[] = [
  'has', 'have', 'had', 'also', 'later', 'then', 'further', 'previously', 'earlier', 'again', 'once', 'recently',
  'repeatedly', 'since', 'would', 'will', 'did', 'does', 'do', 'may', 'might', 'could', 'can', 'should', 'must',
  'just', 'already', 'often', 'still', 'even', 'only', 'never', 'not', 'always', 'publicly', 'privately', 'flatly',
  'firmly', 'quickly', 'simply', 'openly', 'reportedly', 'allegedly', 'separately', 'initially', 'first', 'last',
  'finally', 'immediately', 'strongly', 'clearly', 'explicitly', 'subsequently', 'originally', 'frequently',
  'however', 'too', 'meanwhile', 'though', 'in', 'turn', 'herself', 'himself', 'themselves', 'itself', 'sometimes',
  'usually', 'perhaps', 'instead', 'now', 'long', 'ever', 'twice', 'consistently', 'routinely', 'vehemently',
  'adamantly', 'angrily', 'bluntly', 'candidly', 'emphatically', 'forcefully', 'loudly', 'proudly', 'quietly',
  'correctly', 'wrongly', 'falsely', 'mistakenly', 'famously', 'widely', 'directly', 'specifically', 'formally',
  'officially', 'personally', 'jokingly', 'cautiously', 'confidently', 'calmly', 'sharply', 'bitterly', 'tersely',
  'categorically', 'unequivocally', 'essentially', 'basically', 'effectively', 'largely', 'generally', 'apparently',
  'purportedly', 'supposedly', 'ultimately', 'eventually', 'briefly'
]

/**
 * Prepositions, in lower case: a noun phrase is cut before one that opens a
 * lower-case phrase (`officials in the past`).
 *
 * @example
 *   prepositions.includes('during') // true
 */
export const prepositions: readonly string[] = [
  'in', 'on', 'at', 'for', 'from', 'with', 'during', 'after', 'before', 'about', 'over', 'under', 'into', 'by',
  'to', 'since', 'through', 'across', 'against', 'among', 'amid', 'around', 'near', 'without', 'within', 'via',
  'last', 'this', 'next', 'earlier', 'late'
]

/**
 * Words for times and dates that may follow a cue verb (`said Thursday`,
 * `told VOA last week`), in lower case.
 *
 * @example
 *   timeWords.includes('thursday') // true
 */
export const timeWords: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'week', 'month',
  'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'day', 'days', 'weeks', 'months', 'years', 'hours', 'minutes', 'ago',
  'recently', 'earlier', 'later', 'previously', 'last', 'this', 'next', 'past'
]

/**
 * Abbreviations that end with a period but do not end a sentence, in lower
 * case without the period.
 *
 * @example
 *   abbreviations.includes('sen') // true
 */
export const abbreviations: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpl', 'maj', 'adm',
  'cmdr', 'insp', 'supt', 'const', 'det', 'rev', 'fr', 'hon', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no',
  'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ont', 'que',
  'alta', 'sask', 'man', 'calif', 'fla', 'wash', 'mass', 'ariz', 'penn', 'conn', 'ill', 'mich', 'minn', 'ore',
  'tenn', 'tex', 'va', 'wis', 'nev', 'okla', 'colo', 'ky', 'la', 'md', 'mo', 'neb', 'approx', 'dept', 'est', 'mt',
  'ft', 'ave', 'blvd', 'rd', 'e.g', 'i.e', 'p.m', 'a.m'
]

/**
 * The {@link abbreviations} that keep their period in lower case too; every
 * other one is an abbreviation only when written with a capital (`Man.`,
 * `Mass.`, `No. 1`), since in lower case it is a word that may end a sentence
 * (`a local man.`, `fell ill.`, `said no.`).
 *
 * @example
 *   lowerCaseAbbreviations.includes('etc') // true
 */
export const lowerCaseAbbreviations: readonly string[] = ['vs', 'etc', 'approx', 'ft', 'e.g', 'i.e', 'p.m', 'a.m']
