import {escapeHtml} from './escape-html.js'

/**
 * Write attributes for an element, each value escaped; `undefined` values
 * are left out.
 *
 * @param attributes Name → value (names are the caller's own constants).
 * @returns `' name="value" …'`, or `''` when there are none.
 *
 * @example
 *   htmlAttributes({class: 'q', title: 'a "b"'}) // ' class="q" title="a &quot;b&quot;"'
 */
export function htmlAttributes(attributes: Readonly<Record<string, string | number | undefined>>): string {
  let html = ''
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) html += ` ${name}="${escapeHtml(String(value))}"`
  }
  return html
}
