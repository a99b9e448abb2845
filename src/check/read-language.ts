import type {Structure} from '../structure/build-article.js'
import {createMessage} from '../messages.js'
import type {Message} from '../types.js'
import {detectLanguage} from './detect-language.js'
import {languageName} from './language-name.js'

/** The language of an article and whether its English-only stages run. */
export interface ArticleLanguage {
  /** BCP 47 tag, or `"und"`. */
  readonly lang: string
  /** Whether quotes, speakers and entities are read: the article is in English, or its language is undetermined. */
  readonly english: boolean
  /** A `not-english` message when they are not. */
  readonly message?: Message
}

/** Below this many characters of headline, dek and paragraphs, a plain-text input is read whole instead. */
const minimumStoryText = 200

/**
 * The language of an article: `option` when it names one, otherwise told
 * from the text of its headline, dek and paragraphs (see
 * {@link detectLanguage}), or, for plain text in which little was found, from
 * the input itself. When the language is neither English nor undetermined, a
 * `not-english` message says that the English-only stages were skipped.
 *
 * @param option `options.lang` as resolved: `'auto'` or a BCP 47 tag.
 * @param input The plain-text input, or `undefined` for markup (whose tags are no words).
 */
export function readLanguage(structure: Structure, option: string, input: string | undefined): ArticleLanguage {
  if (option !== 'auto') {
    const primary = option.split('-')[0]!.toLowerCase()
    const english = primary === 'en' || primary === 'und'
    return english ? {lang: option, english} : {lang: option, english, message: skipped(`\`options.lang\` is '${option}'`)}
  }
  let text = storyText(structure)
  if (text.length < minimumStoryText && input !== undefined) text = input
  const {lang, english} = detectLanguage(text)
  if (english) return {lang, english}
  const name = languageName(lang)
  return {lang, english, message: skipped(`The article reads as ${name ? `${name} (${lang})` : 'another language than English'}`)}
}

function skipped(why: string): Message {
  return createMessage(`${why}: quotes, speakers and entities are read only in English, so none were looked for`, 'not-english')
}

/** The headline, dek and paragraphs of a structure, one per line, up to the length the detector reads. */
function storyText(structure: Structure): string {
  const texts: string[] = []
  let length = 0
  const add = (text: string | undefined) => {
    if (text === undefined || length > 6000) return
    texts.push(text)
    length += text.length + 1
  }
  add(structure.headline?.text)
  add(structure.dek?.text)
  for (const section of structure.sections) for (const paragraph of section.paragraphs) add(paragraph.text)
  return texts.join('\n')
}
