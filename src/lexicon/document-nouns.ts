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
