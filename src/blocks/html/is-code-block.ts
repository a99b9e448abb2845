import type {Element} from 'hast'

/**
 * Whether an element is a block of code or other preformatted text set apart
 * from the story's prose: a `<pre>` (with or without a `<code>` inside, and
 * whatever highlighting `<span>`s it holds). Its lines are a program or a
 * shell session, not paragraphs of the story, and the Markdown reader leaves
 * fenced code out the same way. Inline `<code>` in a sentence is no block and
 * stays in its paragraph. Callers keep a `<pre>` that holds most of the story
 * (a plain-text page set in one `<pre>`).
 *
 * @example
 *   // <pre><code>npm install</code></pre> → true
 *   // <p>Run <code>npm install</code> first.</p> → false
 */
export function isCodeBlock(element: Element): boolean {
  return element.tagName === 'pre'
}
