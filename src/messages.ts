import type {Message, Position} from './types.js'

/** Make a {@link Message} with `source: 'news-anatomy'`. */
export function createMessage(reason: string, ruleId: string, place?: Position): Message {
  return place ? {reason, ruleId, source: 'news-anatomy', place} : {reason, ruleId, source: 'news-anatomy'}
}
