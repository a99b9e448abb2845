/**
 * Nouns for documents and publications that can "say" things (`the report said`).
 *
 * @example
 *   documentNouns.includes('report') // true
 */
export const documentNouns: readonly string[] = [
  'report', 'study', 'survey', 'statement', 'letter', 'memo', 'memorandum', 'document', 'documents', 'filing',
  'lawsuit', 'suit', 'complaint', 'ruling', 'decision', 'judgment', 'judgement', 'order', 'release', 'analysis',
  'review', 'audit', 'poll', 'paper', 'findings', 'indictment', 'affidavit', 'notice', 'email', 'e-mail', 'post',
  'tweet', 'website', 'bulletin', 'assessment', 'investigation', 'inquiry', 'summary', 'budget', 'plan', 'proposal',
  'bill', 'law', 'agreement', 'policy', 'guidelines', 'transcript', 'video', 'recording', 'records', 'data', 'book',
  'article', 'editorial', 'column', 'blog', 'petition', 'motion', 'resolution', 'verdict', 'warrant', 'charge',
  'charges', 'statistics', 'figures', 'estimates', 'research', 'evidence', 'testimony', 'application', 'submission'
]

/**
 * Words that introduce a document's title after its noun: "a document titled
 * Winter Operations", "a report called Fair Shares".
 *
 * @example
 *   titleWords.includes('titled') // true
 */
export const titleWords: readonly string[] = ['titled', 'entitled', 'called', 'named', 'headlined', 'dubbed']

/**
 * Places where an organisation publishes its documents, after a possessive
 * ("posted on the ministry's website"): the possessor issued the document.
 *
 * @example
 *   publicationPlaces.includes('website') // true
 */
export const publicationPlaces: readonly string[] = ['website', 'site', 'webpage', 'page', 'blog', 'feed', 'account', 'channel', 'newsletter', 'portal']

/**
 * Prepositions that name who issued a document right after its noun: "a
 * report by the agency", "a letter from the union".
 *
 * @example
 *   issuerPrepositions.includes('by') // true
 */
export const issuerPrepositions: readonly string[] = ['by', 'from']

/**
 * Participles that say who made a document when "by" follows them: "a report
 * released on Tuesday by the agency", "a survey commissioned by the union".
 * Not "obtained" or "seen": whoever obtained a document did not issue it.
 *
 * @example
 *   issuingParticiples.includes('released') // true
 */
export const issuingParticiples: readonly string[] = ['released', 'published', 'issued', 'commissioned', 'prepared', 'written', 'conducted', 'compiled', 'produced', 'posted', 'sent', 'signed', 'authored', 'filed', 'presented', 'tabled', 'done', 'carried']
