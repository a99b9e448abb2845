import {sliceMapped, type MappedText} from './element-text.js'

// "… girls. (Christie's)", "… 2023. (AP Photo/Carolyn Kaster)", "… Open (Photos: Getty/AP)"
const trailingGroup = /(?:^|[.!?"”’)]\s*|\s)\(([^()]{2,80})\)\s*$/
const creditWord = /\b(?:photo|photos|photograph|image|images|picture|credit|getty|reuters|afp|ap|aap|epa|pa|supplied|handout|pool|file|courtesy|shutterstock|alamy)\b|\//i
// "… in Pokrovsk. Credit: Jane Doe/Getty", "… Image: Jane Doe", "… Photo by Jane Doe"
const trailingLabel = /(?:^|[.!?"”’)]\s*|\s[|–—-]\s+)((?:photo(?:graph)?s?|images?|pictures?|credits?|source)\s*:\s*[^.]{2,100}|(?:photo|picture)\s+by\s+[^.]{2,80})\.?\s*$/i

/**
 * Split a photo credit off the end of a caption: a parenthesised group after
 * the last sentence (`"… girls. (Christie's)"`) or one that names a photo
 * source (`"(Photos: Getty/AP)"`), or a labelled credit (`"Credit: Jane Doe"`).
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
    const label = trailingLabel.exec(value)
    if (label) {
      cut = value.length - label[0].length + label[0].indexOf(label[1]!)
      credit = label[1]!.replace(/^(?:credits?|source)\s*:\s*/i, '').trim()
      cut = value.slice(0, cut).replace(/\s*[|–—-]?\s*$/, '').length
    }
  }
  if (cut <= 0 || !credit) return {text}
  return {text: sliceMapped(text, cut), credit}
}
