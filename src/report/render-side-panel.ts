import type {Article, Position} from '../types.js'
import {escapeHtml} from './escape-html.js'
import {groupEntities} from './group-entities.js'
import {speakerClass} from './speaker-class.js'

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
const place = (position: Position) => `line ${position.start.line}, column ${position.start.column}`

/**
 * The report's side panel: a key to the marks, the speakers (colour, quote
 * count, role, each linking to their first quote), the captions with their
 * facts, the entities by kind (each linking to its first mention), and the
 * messages with their places (linking to the spot).
 *
 * @param article The article.
 * @param colours Colour number of each speaker's canonical name.
 * @returns The inner HTML of the `<aside>`, escaped.
 */
export function renderSidePanel(article: Article, colours: ReadonlyMap<string, number>): string {
  const parts: string[] = [key()]
  const firstQuote = new Map<string, number>()
  article.quotes.forEach((quote, index) => {
    const name = quote.attribution?.speaker.name
    if (name !== undefined && !firstQuote.has(name)) firstQuote.set(name, index + 1)
  })

  const speakers = article.speakers.map((speaker) => {
    const number = firstQuote.get(speaker.name)
    const name = escapeHtml(speaker.name)
    return `<li class="speaker"><span class="swatch ${speakerClass(colours.get(speaker.name) ?? 0)}" aria-hidden="true"></span>${number === undefined ? name : `<a href="#quote-${number}">${name}</a>`} <span class="count">${plural(speaker.quotes, 'quote')} · ${escapeHtml(speaker.kind)}${speaker.role ? ` · ${escapeHtml(speaker.role)}` : ''}</span></li>`
  })
  const unattributed = article.quotes.filter((quote) => !quote.attribution).length
  if (unattributed > 0) speakers.push(`<li class="speaker"><span class="swatch sp-none" aria-hidden="true"></span>Not attributed <span class="count">${plural(unattributed, 'quote')}</span></li>`)
  parts.push(section('speakers', `Speakers (${article.speakers.length})`, speakers.length > 0 ? `<ul class="speakers">${speakers.join('')}</ul>` : '<p>No quotes.</p>'))

  if (article.captions.length > 0) {
    const captions = article.captions.map((caption, index) => {
      const facts = [caption.file ? 'file photo' : '', caption.place ?? '', caption.date ?? '', caption.credit ? `credit: ${caption.credit}` : '', caption.occurrences.length > 1 ? `printed ${caption.occurrences.length} times` : '']
        .filter(Boolean)
        .map(escapeHtml)
        .join(' · ')
      const words = caption.text.replace(/\s+/g, ' ').trim()
      const start = words.length > 60 ? `${words.slice(0, 59)}…` : words
      return `<li><a href="#caption-${index + 1}">${escapeHtml(start)}</a> <span class="count">${escapeHtml(place(caption.position))}${facts ? ` · ${facts}` : ''}</span></li>`
    })
    parts.push(section('captions', `Captions (${article.captions.length})`, `<ul>${captions.join('')}</ul>`))
  }

  const groups = groupEntities(article.entities)
  const indexOf = new Map(article.entities.map((entity, index) => [entity, index + 1]))
  const entities = groups.map((group) => {
    const items = group.entities.map((entity) => {
      const label = `${escapeHtml(entity.name)}${entity.mentions.length > 1 ? ` <span class="count">×${entity.mentions.length}</span>` : ''}`
      return `<li>${entity.mentions.length > 0 ? `<a href="#entity-${indexOf.get(entity)}">${label}</a>` : label}</li>`
    })
    return `<h3>${group.label} (${group.entities.length})</h3><ul class="entities">${items.join('')}</ul>`
  })
  parts.push(section('entities', `Entities (${article.entities.length})`, entities.length > 0 ? entities.join('') : '<p>None found.</p>'))

  const messages = article.messages.map((message, index) => {
    const where = message.place ? `<a href="#message-${index + 1}">${escapeHtml(place(message.place))}</a>` : 'whole input'
    return `<li><code>${escapeHtml(message.ruleId)}</code> ${where}: ${escapeHtml(message.reason)}</li>`
  })
  parts.push(section('messages', `Messages (${article.messages.length})`, messages.length > 0 ? `<ul class="messages">${messages.join('')}</ul>` : '<p>None.</p>'))
  return parts.join('')
}

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="panel-${id}"><h2 id="panel-${id}">${escapeHtml(title)}</h2>${body}</section>`
}

/** What each kind of mark means. */
function key(): string {
  const items = [
    '<span class="part-sample">Headline</span> a grey tag names each part: headline, dek, byline, dateline, caption, heading, ¶ paragraph, credit',
    '<span class="q q-direct sp-0">quoted words</span> coloured by speaker; hover or focus one for who said it',
    '<span class="q q-indirect sp-0">reported speech</span> dashed border',
    '<span class="cue sp-0">cue</span> and <span class="addressee sp-0">addressee</span> underlined, <span class="mention sp-0">speaker</span> in bold',
    '<s class="boiler-sample">page furniture</s> left out of the article'
  ]
  return section('key', 'Key', `<ul class="key">${items.map((item) => `<li>${item}</li>`).join('')}</ul>`)
}
