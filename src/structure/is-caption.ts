import {captionMarkers} from '../lexicon/caption-markers.js'

/** Whether a line carries a caption's marks: "FILE -", "(AP Photo/…)", "Getty Images", "Pictured …". */
export function isCaption(text: string): boolean {
  return captionMarkers.some((pattern) => pattern.test(text))
}
