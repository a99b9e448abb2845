import type {VerbForms} from '../verb-forms.js'

/**
 * Verbs that introduce quoted or reported speech: a base form, inflected by
 * the regular rules (`verbForms` in src/verb-forms.ts: "urge" → "urges",
 * "urged", "urging"), or, where those rules would be wrong, every form
 * spelled out: `[base, third person, past, gerund]` (the past participle is
 * the past form for every verb here). Add a row to teach the parser a new cue.
 *
 * @example
 *   cueVerbs.includes('warn') // true: warns, warned, warning
 */
export const cueVerbs: readonly (string | VerbForms)[] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  'add', 'warn', 'insist', 'tweet',
  ['write', 'writes', 'wrote', 'writing'],
  'post', 'note', 'claim', 'argue', 'explain', 'call', 'describe', 'urge', 'announce', 'confirm', 'deny', 'reject',
  'ask', 'reply', 'respond', 'state', 'conclude', 'suggest', 'acknowledge',
  ['admit', 'admits', 'admitted', 'admitting'],
  'report', 'joke',
  ['quip', 'quips', 'quipped', 'quipping'],
  'chant', 'shout', 'yell', 'answer', 'recall', 'remark', 'observe', 'declare', 'stress', 'emphasize', 'emphasise',
  'maintain', 'contend', 'allege', 'assert', 'predict', 'promise', 'vow', 'pledge', 'testify', 'estimate', 'comment',
  'continue', 'caution', 'complain', 'concede', 'counter', 'reveal', 'boast', 'lament', 'recount', 'wonder',
  'whisper', 'mention', 'indicate', 'inform', 'assure', 'remind', 'demand', 'encourage',
  ['find', 'finds', 'found', 'finding'],
  'show', 'criticize', 'criticise', 'accuse', 'praise', 'blast', 'slam', 'mock', 'denounce', 'condemn', 'decry',
  'rebuke', 'scold', 'propose', 'question', 'talk',
  ['speak', 'speaks', 'spoke', 'speaking'],
  'thank',
  ['echo', 'echoes', 'echoed', 'echoing'],
  'reiterate', 'repeat', 'point'
]

/**
 * Verbs whose object is the person addressed (`told VOA`, `assured reporters`).
 *
 * @example
 *   addresseeVerbs.includes('tell') // true
 */
export const addresseeVerbs: readonly string[] = ['tell', 'ask', 'inform', 'assure', 'remind', 'warn', 'urge']

/**
 * Cue verbs that only report speech when something marks them as such: they
 * introduce reported speech (`X found that …`) only before "that", and never
 * name a speaker of quoted words by themselves.
 *
 * @example
 *   weakCueVerbs.includes('find') // true
 */
export const weakCueVerbs: readonly string[] = ['criticize', 'criticise', 'accuse', 'praise', 'blast', 'slam', 'mock', 'denounce', 'condemn', 'decry', 'rebuke', 'scold', 'propose', 'question', 'talk', 'speak', 'thank', 'echo', 'find', 'show', 'continue', 'encourage', 'call', 'describe', 'urge', 'reject', 'deny', 'ask', 'promise', 'pledge', 'demand', 'estimate', 'predict', 'indicate', 'post', 'report', 'wonder', 'remind', 'inform', 'mention', 'recall', 'comment', 'counter', 'maintain', 'reiterate', 'repeat', 'point']

/**
 * Multi-word cues, written as their words: `according to X, …`.
 *
 * @example
 *   cuePhrases[0] // ['according', 'to']
 */
export const cuePhrases: readonly (readonly string[])[] = [['according', 'to']]

/**
 * Cue verbs whose base and third-person forms are also common nouns (`a report`,
 * `the claim`, `his comments`): those forms count as cues only after a pronoun
 * or a plural subject.
 *
 * @example
 *   nounLikeCueVerbs.includes('report') // true
 */
export const nounLikeCueVerbs: readonly string[] = ['question', 'talk', 'thank', 'echo', 'blast', 'mock', 'report', 'call', 'claim', 'post', 'note', 'tweet', 'comment', 'answer', 'estimate', 'promise', 'show', 'find', 'state', 'reply', 'counter', 'demand', 'remark', 'pledge', 'vow', 'joke', 'quip', 'shout', 'chant', 'stress', 'lament', 'boast', 'recount', 'caution', 'wonder', 'whisper', 'yell', 'mention', 'recall', 'reject', 'deny', 'point']

/**
 * Objects that make a cue verb mean something other than speech
 * (`claimed responsibility`, `said goodbye`, `told them apart`): no reported
 * speech follows.
 *
 * @example
 *   nonSpeechObjects.includes('responsibility') // true
 */
export const nonSpeechObjects: readonly string[] = ['responsibility', 'credit', 'victory', 'goodbye', 'hello', 'grace', 'prayers', 'thanks', 'farewell', 'yes', 'no', 'sorry', 'apart']

/**
 * Words besides the prepositions (but "from") that, after one of
 * {@link nonSpeechObjects}, keep its phrase going (`said goodbye to`,
 * `claimed responsibility for`, `said no and left`). Any other word opens a
 * clause, which is reported speech (`said no decision was made`, `said apart
 * from the levy, …`).
 *
 * @example
 *   nonSpeechObjectLinks.includes('and') // true
 */
export const nonSpeechObjectLinks: readonly string[] = ['of', 'and', 'or', 'but', 'as']

/**
 * Words that make `call it …` an idiom rather than a verdict (`called it a
 * day`, `called it quits`, `call it even`): no reported words follow.
 *
 * @example
 *   callIdioms.includes('quits') // true
 */
export const callIdioms: readonly string[] = ['day', 'night', 'quits', 'career', 'even', 'season', 'off', 'back', 'up', 'in', 'out']

/**
 * Naming verbs, each as its forms (base first, the gerund last), in lower
 * case: they cue a quotation that is their complement (`labelled it a
 * “blueprint for disaster”`, `dubbed the plan “a disgrace”`), never reported
 * speech of their own.
 *
 * @example
 *   namingVerbForms[0] // ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling']
 */
export const namingVerbForms: readonly (readonly string[])[] = [
  ['label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  ['brand', 'brands', 'branded', 'branding'],
  ['dub', 'dubs', 'dubbed', 'dubbing'],
  ['term', 'terms', 'termed', 'terming']
]
