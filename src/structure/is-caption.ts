import {captionMarkers} from '../lexicon/caption-markers.js'

/** Longest line, in characters, read as a caption: captions are a few sentences. */
const maxCaptionLength = 1000

/**
 * Whether a line carries a caption's marks: "FILE -", "(AP Photo/…)", "Getty Images", "Pictured …",
 * ", left,". Lines longer than a caption ever is are not tested (which also keeps every marker linear).
 */
export function isCaption(text: string): boolean {
  return text.length <= maxCaptionLength && captionMarkers.some((pattern) => pattern.test(text))
}
