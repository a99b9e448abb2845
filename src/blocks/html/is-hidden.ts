import type {Element} from 'hast'

// `display: none`, `visibility: hidden` or `collapse` in an inline style (not `display: none-ish` words in a value).
const hiddenStyle = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i

/**
 * Whether an element is hidden from every reader by its own markup: the
 * `hidden` attribute, or an inline style of `display: none` or
 * `visibility: hidden`. Such blocks hold second copies of the story, metadata
 * values and templates for scripts, none of which a reader sees.
 * (`aria-hidden` hides from screen readers only, and counts as a name.)
 *
 * @example
 *   // <div style="display:none">…</div> → true; <div hidden>…</div> → true
 *   // <div style="display:block">…</div> → false
 */
export function isHidden(element: Element): boolean {
  const {hidden, style} = element.properties
  // `hidden="until-found"` folds text a reader can still open and search: it counts as shown.
  if (hidden !== undefined && hidden !== false && hidden !== null && hidden !== 'until-found') return true
  return typeof style === 'string' && style.length > 0 && hiddenStyle.test(style)
}
