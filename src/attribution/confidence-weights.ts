/**
 * Fitted confidence of attributions (see `attributionConfidence`): per rule ×
 * mention shape × quote kind, the Laplace-smoothed share of the parser's
 * attributions that were right (words and speaker mention) on PolNeAR v1.0.0
 * train, development half (breitbart, nyt, politico, usa-today; 480
 * articles, 6630 attributions). Written by
 * `scripts/train/attribution-confidence.ts`; do not edit by hand. Cells with fewer
 * than 20 attributions fall back to the rule's share, then `prior`.
 */
export const confidenceWeights: {
  readonly corpus: string
  readonly prior: number
  readonly byEvidence: Readonly<Record<string, number>>
  readonly cells: Readonly<Record<string, number>>
} = {
  corpus: 'PolNeAR v1.0.0 train, development half (breitbart, nyt, politico, usa-today)',
  prior: 0.918,
  byEvidence: {
    'according-to': 0.909, // 159/174
    'next-quote': 0.25, // 2/10
    'next-sentence': 0.667, // 3/4
    'reported-speech': 0.905, // 2172/2400
    'running-quote': 0.843, // 529/627
    'said-after': 0.978, // 1802/1841
    'said-before': 0.92, // 1001/1087
    'same-cue': 0.898, // 87/96
    'sentence-subject': 0.738, // 78/105
    'speech-object': 0.885 // 254/286
  },
  cells: {
    'according-to|description|indirect': 0.888, // 70/78
    'according-to|name|indirect': 0.933, // 69/73
    'reported-speech|description|indirect': 0.863, // 446/516
    'reported-speech|name|indirect': 0.916, // 1278/1395
    'reported-speech|pronoun|indirect': 0.914, // 448/489
    'running-quote|none|direct': 0.843, // 529/627
    'said-after|description|direct': 0.941, // 31/32
    'said-after|description|partial': 0.833, // 24/28
    'said-after|name|direct': 0.978, // 714/729
    'said-after|name|partial': 0.977, // 545/557
    'said-after|pronoun|direct': 0.99, // 288/290
    'said-after|pronoun|partial': 0.971, // 200/205
    'said-before|description|partial': 0.75, // 62/82
    'said-before|name|direct': 0.906, // 95/104
    'said-before|name|partial': 0.932, // 535/573
    'said-before|pronoun|direct': 0.949, // 55/57
    'said-before|pronoun|partial': 0.932, // 247/264
    'same-cue|name|partial': 0.857, // 59/68
    'same-cue|pronoun|partial': 0.958, // 22/22
    'sentence-subject|name|partial': 0.753, // 63/83
    'speech-object|description|indirect': 0.764, // 41/53
    'speech-object|name|indirect': 0.893, // 150/167
    'speech-object|pronoun|indirect': 0.941 // 63/66
  }
}
