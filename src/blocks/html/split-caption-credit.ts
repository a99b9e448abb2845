import type {MappedText} from '../mapped-text.js'
import {sliceMapped} from './element-text.js'
import {creditSources} from './furniture-names.js'
import {isCreditWord} from './leading-credit.js'

// "… girls. (Christie's)", "… 2023. (AP Photo/Jane Doe)", "… Open (Photos: Getty/AP)"
const trailingGroup = /(?:^|[.!?"”’)]\s*|\s)\(([^()]{2,80})\)\s*$/
const creditWord = /\b(?:photo|photos|photograph|image|images|picture|credit|getty|reuters|afp|ap|aap|epa|pa|supplied|handout|pool|file|courtesy|shutterstock|alamy)\b|\//i
// "… in Pokrovsk. Credit: Jane Doe/Getty", "… Image: Jane Doe", "… Photo by Jane Doe"
const creditLabel = /\b(?:photo(?:graph)?s?|images?|pictures?|credits?|source) ?:|\b(?:photo|picture) by /gi
const labelEnd = /^(?:credits?|source) ?: ?/i
// Where a credit may follow: a sentence end, or a bar or dash between spaces.
const creditBoundary = /[.!?]["”’)]?\s+(?=\S)|\s[|–—]\s+(?=\S)/g
/** How many words at the start of a tail are looked at for an agency's slash credit. */
const creditHeadWords = 6

/**
 * Split a photo credit off the end of a caption: a parenthesised group after
 * the last sentence (`"… girls. (Christie's)"`) or one that names a photo
 * source (`"(Photos: Getty/AP)"`), a labelled credit (`"Credit: Jane Doe"`),
 * or an agency's slash credit after a sentence end or a bar, with any usage
 * notes after it (`"… on Monday. Jane Doe/Reuters MANDATORY CREDIT."`).
 *
 * @returns The caption without the credit, and the credit, when there is one.
 */
export function splitCaptionCredit(text: MappedText): {text: MappedText; credit?: string} {
  const value = text.text
  let cut = -1
  let credit: string | undefined
  const group = trailingGroup.exec(value)
  if (group) {
    const opening = value.lastIndexOf('(', value.length - 1)
    const before = value.slice(0, opening).trimEnd()
    if (/[.!?"”’]$/.test(before) || creditWord.test(group[1]!)) {
      cut = before.length
      credit = group[1]!.trim()
    }
  }
  if (cut < 0) {
    // The last credit label in the caption's tail, after a sentence end or a separator, with no sentence after it.
    const tail = Math.max(0, value.length - 140)
    let label: RegExpExecArray | undefined
    creditLabel.lastIndex = tail
    for (let match = creditLabel.exec(value); match; match = creditLabel.exec(value)) label = match
    if (label) {
      const before = value.slice(0, label.index).trimEnd()
      const rest = value.slice(label.index)
      const after = rest.replace(/\.$/, '')
      if ((before === '' || /[.!?"”’)|–—-]$/.test(before)) && !after.includes('.') && after.length <= 110 && before !== '') {
        cut = before.replace(/[|–—-]$/, '').trimEnd().length
        credit = after.replace(labelEnd, '').trim()
      }
    }
  }
  if (cut < 0) {
    const slash = findSlashCredit(value)
    if (slash) ({cut, credit} = slash)
  }
  if (cut <= 0 || !credit) return {text}
  return {text: sliceMapped(text, cut), credit}
}

/** The first sentence end or bar in the caption's tail followed by a slash credit naming a photo source (`"Jane Doe/Getty Images"`). */
function findSlashCredit(value: string): {cut: number; credit: string} | undefined {
  creditBoundary.lastIndex = Math.max(0, value.length - 300)
  for (let match = creditBoundary.exec(value); match; match = creditBoundary.exec(value)) {
    const rest = value.slice(match.index + match[0].length)
    const words = rest.split(/\s+/, creditHeadWords)
    const slash = words.findIndex((word) => word.includes('/'))
    const named = words.some((word) => word.toLowerCase().split(/[^a-z]+/).some((part) => creditSources.includes(part)))
    // Names up to the word after the slash ("Jane Doe/Getty Images"), not a sentence ("The AP/NORC poll found …").
    if (slash >= 0 && named && words.slice(0, slash + 2).every((word) => isCreditWord(word))) {
      const cut = /^[.!?]/.test(match[0]) ? match.index + match[0].trimEnd().length : match.index
      return {cut, credit: rest.trim()}
    }
  }
  return undefined
}
