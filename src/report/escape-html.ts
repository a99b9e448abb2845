const replacements: Readonly<Record<string, string>> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}

/**
 * Escape text for HTML, in element content and in quoted attribute values
 * alike: `&`, `<`, `>`, `"` and `'` become character references, so no input
 * can open a tag, close an attribute or start an entity.
 *
 * @param text Any text (untrusted input included).
 * @returns The text, safe to put between tags or inside `"…"`.
 *
 * @example
 *   escapeHtml('"><img onerror=alert(1)>') // '&quot;&gt;&lt;img onerror=alert(1)&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => replacements[char]!)
}
