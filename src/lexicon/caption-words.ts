/**
 * Words that tell a caption written as a plain sentence from a paragraph of
 * the story: captions describe what a photo shows, paragraphs report.
 */

/**
 * Verbs (base form) of what a photo can show someone doing. A caption puts
 * them in the present ("Jane Doe speaks during a rally"); a story tells its
 * events in the past.
 */
export const sceneVerbs: readonly string[] = [
  'address', 'applaud', 'arrive', 'attend', 'board', 'carry', 'celebrate', 'chant', 'chat', 'cheer', 'clap', 'cross',
  'cry', 'dance', 'deliver', 'depart', 'embrace', 'emerge', 'enter', 'examine', 'exit', 'gather', 'gesture', 'greet',
  'hold', 'hug', 'inspect', 'kiss', 'kneel', 'laugh', 'lead', 'listen', 'look', 'march', 'mourn', 'perform', 'play',
  'point', 'pose', 'pray', 'raise', 'react', 'ride', 'salute', 'shake', 'sign', 'sing', 'sit', 'smile', 'speak',
  'stand', 'stroll', 'talk', 'testify', 'tour', 'visit', 'wait', 'walk', 'watch', 'wave', 'wear', 'weep'
]

/**
 * Verbs (base form) of speaking or feeling that a caption under an interview
 * photo or a video still puts in the present ("Jane Doe laments the loss of
 * the pier"), besides the cue verbs of reported speech.
 */
export const speakingVerbs: readonly string[] = ['lament', 'recount', 'reflect', 'discuss', 'speak', 'talk', 'describe']

/** Prepositions that end in -ing: never the verb after a caption's subject ("Jane Doe during the vote" has none). */
export const ingPrepositions: readonly string[] = ['during', 'including', 'regarding', 'concerning', 'according', 'excluding', 'notwithstanding']

/** Words that report speech or writing, which a caption has no use for. */
export const reportingWords: readonly string[] = [
  'said', 'told', 'added', 'asked', 'wrote', 'explained', 'noted', 'stated', 'claimed', 'argued', 'according'
]

/** Words of the first and second person: a caption speaks of others. */
export const personalWords: readonly string[] = ['I', 'me', 'my', 'we', 'us', 'our', 'you', 'your']

/**
 * First words that lean on the sentence before (pronouns, conjunctions,
 * linking adverbs): a caption stands alone, so it never opens with one.
 */
export const leaningOpeners: readonly string[] = [
  'He', 'She', 'They', 'It', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'There', 'Here', 'But',
  'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'Still', 'Also', 'Instead', 'Then', 'Now', 'Later', 'Earlier',
  'Moreover', 'Although', 'While', 'When', 'After', 'Before', 'Since', 'As', 'If', 'Because', 'Despite', 'Even'
]

/** Words that make a clause a clause: auxiliaries and modals. A line without them (or any other verb form) is a fragment. */
export const auxiliaryWords: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'may', 'might', 'must', 'should', 'shall', 'do', 'does', 'did'
]

/** Capitalised words that open a sentence but are no part of a name ("The", "Former"). */
export const nonNameCapitals: readonly string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'For', 'By', 'With', 'From', 'Former', 'Late', 'After', 'But', 'And', 'Of', 'To'
]
