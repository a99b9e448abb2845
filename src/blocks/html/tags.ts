const neverText = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'option', 'textarea', 'input', 'button', 'head', 'title', 'meta', 'link', 'img', 'source'
])

const blockLevel = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'summary', 'caption'
])

// Elements that hold page furniture rather than the story, whatever their class.
const furniture = new Set(['nav', 'footer', 'aside', 'form', 'dialog', 'menu'])

/** Whether an element never holds text a reader sees (scripts, styles, media, form controls). */
export function isNeverText(tagName: string): boolean {
  return neverText.has(tagName)
}

/** Whether an element starts a new block of text (`<p>`, `<div>`, `<li>`, …). */
export function isBlockLevel(tagName: string): boolean {
  return blockLevel.has(tagName)
}

/** Whether an element is page furniture by its tag (`<nav>`, `<footer>`, `<aside>`, `<form>`). */
export function isFurnitureTag(tagName: string): boolean {
  return furniture.has(tagName)
}
