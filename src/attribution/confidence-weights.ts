/**
 * Fitted confidence of attributions (see `attributionConfidence`): per rule ×
 * mention shape × quote kind, the Laplace-smoothed share of the parser's
 * attributions that were right (words and speaker mention) on PolNeAR v1.0.0
 * train, development half (breitbart, nyt, politico, usa-today; 480
 * articles, 7294 attributions). Written by
 * `scripts/train/attribution-confidence.ts`; do not edit by hand. Cells with fewer
 * than 20 attributions fall back to the rule's share, then `prior`.
 */
export const confidenceWeights: {
  readonly prior: number
  readonly byEvidence: Readonly<Record<string, number>>
  readonly cells: Readonly<Record<string, number>>
} = {
  prior: 0.919,
  byEvidence: {
    'according-to': 0.91, // 202/221
    'colon-cue': 0.846, // 43/50
    'next-quote': 0.364, // 3/9
    'next-sentence': 0.667, // 3/4
    'reported-speech': 0.903, // 2499/2768
    'running-quote': 0.852, // 538/631
    'said-after': 0.982, // 1821/1854
    'said-before': 0.929, // 1059/1139
    'same-cue': 0.919, // 90/97
    'sentence-subject': 0.728, // 74/101
    'speech-object': 0.879 // 370/420
  },
  cells: {
    'according-to|description|indirect': 0.887, // 101/113
    'according-to|name|indirect': 0.943, // 81/85
    'colon-cue|name|indirect': 0.81, // 33/40
    'reported-speech|description|indirect': 0.871, // 552/633
    'reported-speech|name|indirect': 0.916, // 1395/1522
    'reported-speech|pronoun|indirect': 0.899, // 552/613
    'running-quote|none|direct': 0.852, // 538/631
    'said-after|description|direct': 0.977, // 42/42
    'said-after|description|partial': 0.8, // 31/38
    'said-after|name|direct': 0.981, // 714/727
    'said-after|name|partial': 0.987, // 544/550
    'said-after|pronoun|direct': 0.99, // 289/291
    'said-after|pronoun|partial': 0.971, // 201/206
    'said-before|description|partial': 0.773, // 74/95
    'said-before|name|direct': 0.925, // 97/104
    'said-before|name|partial': 0.941, // 559/593
    'said-before|pronoun|direct': 0.95, // 56/58
    'said-before|pronoun|partial': 0.94, // 263/279
    'same-cue|name|partial': 0.887, // 62/69
    'same-cue|pronoun|partial': 0.958, // 22/22
    'sentence-subject|name|partial': 0.744, // 60/80
    'speech-object|description|indirect': 0.787, // 69/87
    'speech-object|name|indirect': 0.904, // 206/227
    'speech-object|pronoun|indirect': 0.889 // 95/106
  }
}
