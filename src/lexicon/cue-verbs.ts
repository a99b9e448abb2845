/**
 * Verbs that introduce quoted or reported speech, each with its forms:
 * `[base, third person, past, gerund]` (the past participle is the past form
 * for every verb here). Add a row to teach the parser a new cue.
 *
 * @example
 *   cueVerbs.find(([base]) => base === 'say') // ['say', 'says', 'said', 'saying']
 */
export const cueVerbs: readonly (readonly [base: string, third: string, past: string, gerund: string])[] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['warn', 'warns', 'warned', 'warning'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['write', 'writes', 'wrote', 'writing'],
  ['post', 'posts', 'posted', 'posting'],
  ['note', 'notes', 'noted', 'noting'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['call', 'calls', 'called', 'calling'],
  ['describe', 'describes', 'described', 'describing'],
  ['urge', 'urges', 'urged', 'urging'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['deny', 'denies', 'denied', 'denying'],
  ['reject', 'rejects', 'rejected', 'rejecting'],
  ['ask', 'asks', 'asked', 'asking'],
  ['reply', 'replies', 'replied', 'replying'],
  ['respond', 'responds', 'responded', 'responding'],
  ['state', 'states', 'stated', 'stating'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['report', 'reports', 'reported', 'reporting'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['chant', 'chants', 'chanted', 'chanting'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['yell', 'yells', 'yelled', 'yelling'],
  ['answer', 'answers', 'answered', 'answering'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['observe', 'observes', 'observed', 'observing'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['maintain', 'maintains', 'maintained', 'maintaining'],
  ['contend', 'contends', 'contended', 'contending'],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['promise', 'promises', 'promised', 'promising'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['estimate', 'estimates', 'estimated', 'estimating'],
  ['comment', 'comments', 'commented', 'commenting'],
  ['continue', 'continues', 'continued', 'continuing'],
  ['caution', 'cautions', 'cautioned', 'cautioning'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['counter', 'counters', 'countered', 'countering'],
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['lament', 'laments', 'lamented', 'lamenting'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['wonder', 'wonders', 'wondered', 'wondering'],
  ['whisper', 'whispers', 'whispered', 'whispering'],
  ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['indicate', 'indicates', 'indicated', 'indicating'],
  ['inform', 'informs', 'informed', 'informing'],
  ['assure', 'assures', 'assured', 'assuring'],
  ['remind', 'reminds', 'reminded', 'reminding'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['encourage', 'encourages', 'encouraged', 'encouraging'],
  ['find', 'finds', 'found', 'finding'],
  ['show', 'shows', 'showed', 'showing'],
  ['criticize', 'criticizes', 'criticized', 'criticizing'],
  ['criticise', 'criticises', 'criticised', 'criticising'],
  ['accuse', 'accuses', 'accused', 'accusing'],
  ['praise', 'praises', 'praised', 'praising'],
  ['blast', 'blasts', 'blasted', 'blasting'],
  ['slam', 'slams', 'slammed', 'slamming'],
  ['mock', 'mocks', 'mocked', 'mocking'],
  ['denounce', 'denounces', 'denounced', 'denouncing'],
  ['condemn', 'condemns', 'condemned', 'condemning'],
  ['decry', 'decries', 'decried', 'decrying'],
  ['rebuke', 'rebukes', 'rebuked', 'rebuking'],
  ['scold', 'scolds', 'scolded', 'scolding'],
  ['propose', 'proposes', 'proposed', 'proposing'],
  ['question', 'questions', 'questioned', 'questioning'],
  ['talk', 'talks', 'talked', 'talking'],
  ['speak', 'speaks', 'spoke', 'speaking'],
  ['thank', 'thanks', 'thanked', 'thanking'],
  ['echo', 'echoes', 'echoed', 'echoing']
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
export const weakCueVerbs: readonly string[] = ['criticize', 'criticise', 'accuse', 'praise', 'blast', 'slam', 'mock', 'denounce', 'condemn', 'decry', 'rebuke', 'scold', 'propose', 'question', 'talk', 'speak', 'thank', 'echo', 'find', 'show', 'continue', 'encourage', 'call', 'describe', 'urge', 'reject', 'deny', 'ask', 'promise', 'pledge', 'demand', 'estimate', 'predict', 'indicate', 'post', 'report', 'wonder', 'remind', 'inform', 'mention', 'recall', 'comment', 'counter']

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
export const nounLikeCueVerbs: readonly string[] = ['question', 'talk', 'thank', 'echo', 'blast', 'mock', 'report', 'call', 'claim', 'post', 'note', 'tweet', 'comment', 'answer', 'estimate', 'promise', 'show', 'find', 'state', 'reply', 'counter', 'demand', 'remark', 'pledge', 'vow', 'joke', 'quip', 'shout', 'chant', 'stress', 'lament', 'boast', 'recount', 'caution', 'wonder', 'whisper', 'yell', 'mention', 'recall', 'reject', 'deny']

/**
 * Objects that make a cue verb mean something other than speech
 * (`claimed responsibility`, `said goodbye`): no reported speech follows.
 *
 * @example
 *   nonSpeechObjects.includes('responsibility') // true
 */
export const nonSpeechObjects: readonly string[] = ['responsibility', 'credit', 'victory', 'goodbye', 'hello', 'grace', 'prayers', 'thanks', 'farewell', 'yes', 'no', 'sorry']

/**
 * Words that make `call it …` an idiom rather than a verdict (`called it a
 * day`, `called it quits`, `call it even`): no reported words follow.
 *
 * @example
 *   callIdioms.includes('quits') // true
 */
export const callIdioms: readonly string[] = ['day', 'night', 'quits', 'career', 'even', 'season', 'off', 'back', 'up', 'in', 'out']
