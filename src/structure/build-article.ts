import type {Unit} from '../blocks/group-repeats.js'
import type {Locator} from '../locate.js'
import {createMessage} from '../messages.js'
import {splitSentences} from '../sentences/split-sentences.js'
import type {Block, Byline, Caption, Credit, Dateline, Message, Paragraph, Section} from '../types.js'
import {readByline} from './find-byline.js'
import {readCredit} from './find-credit.js'
import {readDateline} from './find-dateline.js'
import type {Label} from './label.js'
import {parseCaption} from './parse-caption.js'
import {captionText} from './caption-text.js'

/** The structural part of an article: everything but quotes, speakers and entities. */
export interface Structure {
  headline?: Block
  dek?: Block
  byline?: Byline
  dateline?: Dateline
  captions: Caption[]
  sections: Section[]
  credits: Credit[]
  boilerplate: Block[]
  messages: Message[]
}

/**
 * Turn labelled units into the structural part of an {@link Article}:
 * sections of paragraphs (with sentences), captions, credits and the rest.
 */
export function buildStructure(units: readonly Unit[], labels: readonly Label[], locator: Locator): Structure {
  const structure: Structure = {captions: [], sections: [], credits: [], boilerplate: [], messages: []}
  let section: {heading?: Block; paragraphs: Paragraph[]} | undefined

  units.forEach((unit, index) => {
    const block: Block = {text: unit.text, position: locator.position(unit.start, unit.end)}
    switch (labels[index]) {
      case 'boilerplate':
        for (const [start, end] of unit.occurrences) {
          structure.boilerplate.push({text: unit.text, position: locator.position(start, end)})
        }
        break
      case 'headline':
        structure.headline ??= block
        break
      case 'dek':
        structure.dek ??= block
        break
      case 'byline': {
        // Once the story has begun, a line that reads both ways ("Reporting by
        // A; Editing by B") closes it: it is the story's credit, not a byline.
        const contributors = section ? readCredit(unit.text) : undefined
        if (contributors) structure.credits.push({...block, contributors})
        else structure.byline ??= {...block, authors: readByline(unit.text) ?? []}
        break
      }
      case 'caption': {
        // A trailing photo credit is kept apart from the caption's own words;
        // a caption that is nothing but a credit ("(Image: Jane Doe)") is its own credit.
        const trailing = captionText(unit.text)
        const length = trailing ? trailing.length : unit.text.length
        const text = unit.text.slice(0, length)
        const details = parseCaption(text)
        structure.captions.push({
          text,
          position: locator.position(unit.start, unit.start + length),
          occurrences: unit.occurrences.map(([start]) => locator.position(start, start + length)),
          ...details,
          ...(trailing ? {credit: trailing.credit} : {})
        })
        break
      }
      case 'credit':
        structure.credits.push({...block, contributors: readCredit(unit.text) ?? []})
        break
      case 'heading':
        section = {heading: block, paragraphs: []}
        structure.sections.push(section)
        break
      default: {
        if (!section) {
          section = {paragraphs: []}
          structure.sections.push(section)
        }
        const first = structure.sections.length === 1 && section.paragraphs.length === 0
        if (first && !structure.dateline) {
          const dateline = readDateline(unit.text)
          if (dateline) {
            const {length, ...details} = dateline
            structure.dateline = {
              text: unit.text.slice(0, length),
              position: locator.position(unit.start, unit.start + length),
              ...details
            }
          }
        }
        // Written out rather than `{...block, sentences}`: V8 gives every object spread-then-extended a hidden class
        // of its own (a map and descriptors per paragraph, ~200 bytes); the keys and their order are the same.
        section.paragraphs.push({
          text: block.text,
          position: block.position,
          sentences: splitSentences(unit.text).map(([start, end]) => ({
            text: unit.text.slice(start, end),
            position: locator.position(unit.start + start, unit.start + end)
          }))
        })
      }
    }
  })

  if (!structure.headline) {
    structure.messages.push(createMessage('No headline found: no line before the body reads like one', 'no-headline'))
  }
  if (structure.sections.every((entry) => entry.paragraphs.length === 0)) {
    structure.messages.push(createMessage('No body paragraphs found', 'no-body'))
  }
  return structure
}
