/**
 * Nouns after a group's name that make the name an organisation's
 * (`al-Qaida leader`, `Taliban fighters`, `Harbour Trust officials`), in lower case.
 *
 * @example
 *   memberWords.includes('fighters') // true
 */
export const memberWords: readonly string[] = [
  'leadership', 'presence', 'regime', 'ranks', 'operatives', 'members', 'militants', 'fighters', 'spokesperson',
  'spokesman', 'spokeswoman', 'leader', 'leaders', 'commander', 'commanders', 'founder', 'chief', 'official', 'officials'
]
