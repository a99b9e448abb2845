import {imageExtensions} from './furniture-names.js'

/**
 * Whether a text is only an image's file name (`"harbour-1160x768.jpg"`),
 * which a page prints as a link or a hidden label by a photo: one token with
 * no space, ending in an image file's extension. It says nothing about the
 * photo, so it is no caption, in any language.
 */
export function isFileName(text: string): boolean {
  const match = /^[^\s/\\]+\.([a-z0-9]{3,4})$/i.exec(text.trim())
  return match !== null && imageExtensions.includes(match[1]!.toLowerCase())
}
