/**
 * A word written as an acronym: initials with periods (`U.N.`) or capitals,
 * digits and `&` after a capital (`FBI`, `G7`, `AT&T`).
 *
 * @example
 *   acronymPattern.test('U.N.') // true
 *   acronymPattern.test('Kabul') // false
 */
export const acronymPattern = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]+$/u
