/**
 * Page furniture: lines that belong to the web page around an article, not to
 * the article. Each pattern matches a whole (trimmed) line, case-insensitively.
 */
export const boilerplatePatterns: readonly RegExp[] = [
  /^accessibility links$/i,
  /^skip to (?:main )?(?:content|navigation|search)$/i,
  /^(?:breaking news|latest news|top stories|most read|most popular|trending(?: now)?|editor'?s picks)$/i,
  /^(?:share|share this(?: article| story)?|share on \w+|tweet|email|print|copy link|comments?|\d[\d.,]*k? (?:comments?|shares?))$/i,
  /^(?:social\s+)?(?:share|sharing)(?:\s+(?:this|on|via|article|story)\b[^.!?]{0,40})?$/i,
  /^(?:advertisement|advertise with us|sponsored(?: content)?|story continues below(?: this)? advertisement|scroll to continue(?: with content)?)$/i,
  /^(?:related|related (?:articles?|stories|story|content|topics?|coverage|links?)|read more|more from [\w .]*[\w.]|you may also like|you might also like|recommended(?: for you)?|see also|popular articles|latest articles|most viewed)\s*:?$/i,
  // Teasers for other stories inside or around the article: "READ MORE: …", "WATCH | …".
  /^(?:read more|read also|also read|see also|related|watch|listen|more on this|must read)\s*[:|]\s*\S/i,
  /^(?:sign up|sign in|log in|subscribe|subscribe now|register|newsletter|menu|search|home|close|open menu|listen(?: to (?:this )?article)?)$/i,
  /^(?:sign up|subscribe) (?:for|to) (?:our|the)\b.*newsletter/i,
  /^(?:follow us|follow) on\b/i,
  /^(?:©|copyright\b|\(c\) )/i,
  /^all rights reserved\.?$/i,
  /^(?:terms of (?:use|service)|privacy policy|contact us|about us)$/i,
  /^(?:image|photo|video|audio)$/i,
  /^(?:\d+ )?(?:min(?:ute)?s?|hours?) read$/i,
  /^\d+\s*min(?:ute)?s?\s+read\b/i,
  /^(?:facebook|twitter|x|whatsapp|linkedin|reddit|telegram|instagram|youtube|pinterest|flipboard)$/i
]

/**
 * A cookie notice: the word "cookie", then later on the line what it asks
 * ("consent", "accept", "policy", "settings", "use"). Two patterns, the second
 * tested on what follows the first cookie: one pattern spanning both would read
 * to the end of the line again from every "cookie" in it.
 */
export const cookieNotice = {
  cookie: /\bcookies?\b/i,
  asks: /\b(?:consent|accept|policy|settings|use)\b/i
} as const

/**
 * Time stamps printed around an article: "Updated 5:40 PM EDT, April 28, 2023",
 * "28 April 2023". Tested on trimmed lines; each run of spaces belongs to one
 * optional part (the part after it starts with a mark or a word), so none can
 * be shared out between parts in many ways.
 */
export const timestampPatterns: readonly RegExp[] = [
  /^(?:published|updated|posted|last updated|first published|modified)\b[^.]{0,80}\.?$/i,
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*,?\s+)?(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2}),?\s+\d{4}(?:(?:\s*[,·|-])?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?$/iu,
  /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?(?:\s*[,·|-](?:\s*\S.{0,39})?)?$/i,
  // A live blog's entry stamp: the time run into the author's name ("19:55Jane Doe", "20:42KEY EVENT").
  /^\d{1,2}:\d{2}(?:\s*[aApP]\.?[mM]\.?)?\s*\p{Lu}[^.!?]{0,40}$/u,
  // "14 hours ago", "Last updated 6 hours ago", "Duration 1:30".
  /^(?:(?:last )?updated\s+)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/i,
  /^duration\s+\d{1,2}:\d{2}(?::\d{2})?$/i
]
