/**
 * Evidence a speaker found by attribution (or the dateline) brings to its kind.
 *
 * @default 5
 */
export const speakerWeight = 5

/**
 * Evidence a name needs to be kept at all.
 *
 * @default 1.5
 */
export const keepFloor = 1.5

/**
 * Evidence that makes a name's kind sure; below it compromise's tagger is asked too.
 *
 * @default 3
 */
export const sureFloor = 3

/**
 * Evidence compromise's tagger brings (also a speaker's words wider than the name).
 *
 * @default 2
 */
export const taggerWeight = 2
