import {agencyPhotoCredit, archivePhotoMark} from '../lexicon/caption-markers.js'
import type {DecodeConstraints} from './decode-labels.js'
import type {DocumentFacts} from './features/read-document.js'

/** Longest line, in characters, that a decisive caption mark is looked for in. */
const maxCaptionLength = 1000

/**
 * Whether a line carries a mark that only a photo caption carries: it opens
 * with an archive photo's "FILE -" or closes with a news agency's photo
 * credit in brackets ("(AP Photo/Jane Doe)").
 */
export function hasDecisiveCaptionMark(text: string): boolean {
  return text.length <= maxCaptionLength && (archivePhotoMark.test(text) || agencyPhotoCredit.test(text))
}

/** Whether a line ends with a full stop (a closing quotation mark aside) that closes no initial ("U.S."). */
function endsWithFullStop(text: string): boolean {
  return /\.["'”’]?$/.test(text) && !/\b\p{Lu}\.$/u.test(text)
}

/**
 * The hard constraints the decoder keeps for a document: a headline when
 * some line has a headline's shape, never on a line that ends with a full
 * stop (none of the 152 gold headlines of the structure corpora does; a
 * story's opening sentence does), and a caption wherever a line carries a
 * decisive caption mark (see {@link hasDecisiveCaptionMark}).
 */
export function constraintsOf(document: DocumentFacts): DecodeConstraints {
  return {
    requireHeadline: document.units.some((unit) => unit.headlineShaped),
    headlines: document.units.map((unit) => !endsWithFullStop(unit.text)),
    fixed: document.units.map((unit) => (hasDecisiveCaptionMark(unit.text) ? 'caption' : undefined))
  }
}
