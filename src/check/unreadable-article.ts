import type {Article, Message} from '../types.js'

/** The article of an input that cannot be read at all: nothing found, `lang` `"und"`, and the fatal message that says why. */
export function unreadableArticle(message: Message): Article {
  return {captions: [], sections: [], credits: [], boilerplate: [], quotes: [], speakers: [], entities: [], messages: [message], lang: 'und'}
}
