import type {Image} from 'mdast'
import {isCreditLine} from '../../structure/find-photo-credit.js'

/**
 * The photo credit an image's title gives (`![Pier](pier.jpg "Photo: Jane
 * Doe/Wire")`), as written; `undefined` when the title is none or describes
 * the picture instead (`"Workers on the rebuilt pier"`).
 *
 * @example
 *   imageCredit({type: 'image', url: 'pier.jpg', title: 'Jane Doe/Reuters'}) // 'Jane Doe/Reuters'
 */
export function imageCredit(image: Image): string | undefined {
  const title = image.title?.replace(/\s+/g, ' ').trim().replace(/^\((.*)\)$/, '$1').trim()
  return title && isCreditLine(title) ? title : undefined
}
