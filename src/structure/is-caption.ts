import {captionMarkers, lastSentenceCreditMarker} from '../lexicon/caption-markers.js'

/** Longest line, in characters, read as a caption: captions are a few sentences. */
const maxCaptionLength = 1000

/**
 * Whether a line carries a caption's marks: "FILE -", "(AP Photo/…)", "Getty Images", "Pictured …",
 * ", left,". Lines longer than a caption ever is are not tested (which also keeps every marker linear).
 */
export function isCaption(text: string): boolean {
  if (text.length > maxCaptionLength) return false
  return captionMarkers.some((pattern) => pattern.test(text)) || lastSentenceCreditMarker.test(lastSentence(text))
}

/** The words after the last full stop, the one that ends `text` (and the spaces after it) left out. */
function lastSentence(text: string): string {
  const body = text.replace(/\.\s*$/, '')
  return body.slice(body.lastIndexOf('.') + 1)
}
