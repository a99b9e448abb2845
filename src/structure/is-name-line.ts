import {nameLineOpeners} from '../lexicon/name-line-openers.js'

// A capitalised word of a name ("Jane", "O'Neil", "Smith-Jones", "McAdam"), an initial ("J."), or a particle.
const nameWord = /^(?:(?:\p{Lu}\p{Ll}+|\p{Lu}['’]\p{Lu}\p{Ll}+|Ma?c\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)*|\p{Lu}\.|al|bin|de|da|van|der|von|le|la)$/u
const openers = new Set(nameLineOpeners)

/**
 * Whether a line is nothing but people's names: one to four names of two to
 * four capitalised words, joined by commas, "and" or "&", perhaps ending in a
 * full stop ("Jane Doe", "Jane Doe and John Roe."). Under a portrait, pages
 * print just the name.
 */
export function isNameLine(text: string): boolean {
  if (text.length > 120) return false
  const names = text
    .replace(/\.$/, '')
    .split(/,|\band\b|&/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0)
  if (names.length === 0 || names.length > 4) return false
  return names.every((name) => {
    const words = name.split(/\s+/)
    return words.length >= 2 && words.length <= 4 && !openers.has(words[0]!) && words.every((word) => nameWord.test(word))
  })
}
