import {timestampPatterns} from '../lexicon/boilerplate.js'
import {readByline} from './find-byline.js'

/**
 * Whether a line is a byline or a time stamp as printed under a headline:
 * "By Jane Doe", a lone "By", "Jane Doe | Published 3 May", "Posted: May 3, 2024".
 */
export function isBylineOrDate(text: string): boolean {
  if (text.length > 160) return false
  if (/^by$/i.test(text) || readByline(text)) return true
  if (timestampPatterns.some((pattern) => pattern.test(text))) return true
  return /\b(?:published|updated|posted)\b/i.test(text) && /\d/.test(text)
}
