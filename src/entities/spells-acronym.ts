import {acronymPattern as acronymWord} from './acronym-pattern.js'

/**
 * Whether `acronym` can stand for `name`: its letters, in order, are among the
 * initials of the name's words (all the letters of a word that is itself an
 * acronym). `Federal Bureau of Investigation (FBI)`, `IS Khorasan Province
 * (ISKP)`, `U.S. Special Inspector General for Afghanistan Reconstruction
 * (SIGAR)` do; `LISBON (AP)` does not.
 *
 * @example
 *   spellsAcronym('Federal Bureau of Investigation', 'FBI') // true
 *   spellsAcronym('Lisbon', 'AP') // false
 */
export function spellsAcronym(name: string, acronym: string): boolean {
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()
  const first = name.split(/\s+/)[0] ?? ''
  if (!letters || letters[0] !== (acronymWord.test(first) ? first.replace(/\./g, '')[0] : first[0])?.toLowerCase()) return false
  let initials = ''
  for (const word of name.split(/\s+/)) initials += acronymWord.test(word) ? word.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase() : (word[0] ?? '').toLowerCase()
  let at = 0
  for (const char of initials) if (char === letters[at]) at++
  return at === letters.length
}
