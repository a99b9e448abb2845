/**
 * Fitted confidence of attributions (see `attributionConfidence`): per rule ×
 * mention shape × quote kind, the Laplace-smoothed share of the parser's
 * attributions that were right (words and speaker mention) on PolNeAR v1.0.0
 * train, development half (breitbart, nyt, politico, usa-today; 480
 * articles, 7315 attributions). Written by
 * `scripts/train/attribution-confidence.ts`; do not edit by hand. Cells with fewer
 * than 20 attributions fall back to the rule's share, then `prior`.
 */
export const confidenceWeights: {
  readonly prior: number
  readonly byEvidence: Readonly<Record<string, number>>
  readonly cells: Readonly<Record<string, number>>
} = {
  prior: 0.92,
  byEvidence: {
    'according-to': 0.91, // 202/221
    'colon-cue': 0.846, // 43/50
    'next-quote': 0.364, // 3/9
    'next-sentence': 0.667, // 3/4
    'reported-speech': 0.903, // 2504/2772
    'running-quote': 0.859, // 542/630
    'said-after': 0.982, // 1832/1865
    'said-before': 0.929, // 1062/1142
    'same-cue': 0.919, // 90/97
    'sentence-subject': 0.726, // 76/104
    'speech-object': 0.877 // 370/421
  },
  cells: {
    'according-to|description|indirect': 0.886, // 100/112
    'according-to|name|indirect': 0.943, // 82/86
    'colon-cue|name|indirect': 0.81, // 33/40
    'reported-speech|description|indirect': 0.872, // 552/632
    'reported-speech|name|indirect': 0.916, // 1400/1527
    'reported-speech|pronoun|indirect': 0.899, // 552/613
    'running-quote|none|direct': 0.859, // 542/630
    'said-after|description|direct': 0.979, // 46/46
    'said-after|description|partial': 0.805, // 32/39
    'said-after|name|direct': 0.981, // 719/732
    'said-after|name|partial': 0.987, // 545/551
    'said-after|pronoun|direct': 0.99, // 289/291
    'said-after|pronoun|partial': 0.971, // 201/206
    'said-before|description|partial': 0.773, // 74/95
    'said-before|name|direct': 0.925, // 97/104
    'said-before|name|partial': 0.941, // 560/594
    'said-before|pronoun|direct': 0.95, // 56/58
    'said-before|pronoun|partial': 0.94, // 263/279
    'same-cue|name|partial': 0.887, // 62/69
    'same-cue|pronoun|partial': 0.958, // 22/22
    'sentence-subject|name|partial': 0.738, // 61/82
    'speech-object|description|indirect': 0.787, // 69/87
    'speech-object|name|indirect': 0.9, // 206/228
    'speech-object|pronoun|indirect': 0.889 // 95/106
  }
}
