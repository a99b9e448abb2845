import fc from 'fast-check'

/** Every kind of quotation mark a news text may use (and some it should not). */
export const quoteMarks = ['“', '”', '‘', '’', '"', "'", '«', '»', '‹', '›', '„', '‚', '「', '」', '`'] as const

/** Line endings and blank-line separators, mixed freely. */
export const separators = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', '\n \n', '\n\t\n', '\n\n\n\n'] as const

/** Text that is not plain ASCII English: RTL, CJK, emoji, control and odd code units. */
const oddFragments = [
  'مرحبا بالعالم',
  'שלום עולם',
  '\u200F\u202E',
  '北京市政府表示',
  '東京都',
  '서울',
  '👍🏽',
  '👨‍👩‍👧',
  '🇦🇫',
  '\0',
  '\t',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '\u00A0',
  '\u2028',
  '\u2029',
  'e\u0301',
  '—',
  '–',
  '…'
] as const

const words = [
  'the', 'minister', 'said', 'told', 'reporters', 'on', 'Tuesday', 'talks', 'would', 'continue',
  'Afghanistan', 'Kabul', 'U.S.', 'U.N.', 'Jan.', 'Dr.', 'Mr.', 'a', 'spokesperson', 'for', 'government',
  'according', 'to', 'report', '(AP)', '—', 'and', 'we', 'will', 'not', 'leave', 'it', 'was', 'welcome',
  'news', 'she', 'he', 'added', 'Reuters', 'Jane', 'Doe', 'John', 'Roe', 'percent', '2019', '3.5', 'p.m.'
] as const

const word = fc.oneof(
  {weight: 8, arbitrary: fc.constantFrom(...words)},
  {weight: 2, arbitrary: fc.constantFrom(...oddFragments)},
  {weight: 2, arbitrary: fc.constantFrom(...quoteMarks)},
  {weight: 1, arbitrary: fc.string({maxLength: 6, unit: 'binary'})}
)

/** A run of words, some glued to quote marks or punctuation. */
const phrase = fc
  .array(
    fc.tuple(
      fc.constantFrom('', '', '', ...quoteMarks, '(', '['),
      word,
      fc.constantFrom('', '', '', '', ',', '.', '?', '!', ':', ';', ...quoteMarks, ')', ']', ',”', '.”', '?’')
    ),
    {minLength: 1, maxLength: 25}
  )
  .chain((parts) =>
    fc.constantFrom(' ', ' ', ' ', '  ', '\t').map((space) => parts.map(([open, w, close]) => open + w + close).join(space))
  )

const headingLike = fc
  .array(fc.constantFrom('US', 'withdrawal', 'Talks', 'and', 'violence', 'Peace', 'Deal', 'What', 'Next'), {
    minLength: 1,
    maxLength: 5
  })
  .map((parts) => parts.join(' '))

/** One line of an article-like text. */
export const articleLine = fc.oneof(
  {weight: 6, arbitrary: phrase},
  {weight: 2, arbitrary: headingLike},
  {weight: 1, arbitrary: phrase.map((p) => `FILE - ${p}`)},
  {weight: 1, arbitrary: phrase.map((p) => `FILE PHOTO: ${p}`)},
  {weight: 1, arbitrary: fc.constantFrom('By Jane Doe', 'By Jane Doe and John Roe', 'By', 'BY JOHN ROE, Reuters')},
  {weight: 1, arbitrary: phrase.map((p) => `KABUL, Afghanistan (AP) — ${p}`)},
  {weight: 1, arbitrary: phrase.map((p) => `${p} (AP Photo/Jane Doe)`)},
  {weight: 1, arbitrary: fc.constantFrom('Share', 'Advertisement', 'Related', 'Breaking News', 'Accessibility links')},
  {weight: 1, arbitrary: phrase.map((p) => `${p} contributed to this report.`)},
  {weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\0', '\uFEFF')},
  {weight: 1, arbitrary: fc.string({maxLength: 40, unit: 'binary'})}
)

/**
 * Article-like text: lines (some repeated right away, as pages repeat
 * captions) joined by a mix of separators, sometimes with a BOM in front.
 */
export const articleText = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(articleLine, fc.constantFrom(1, 1, 1, 1, 2, 3), fc.constantFrom(...separators)), {
      minLength: 0,
      maxLength: 30
    })
  )
  .map(([bom, lines]) => {
    let text = bom ? '\uFEFF' : ''
    for (const [line, times, separator] of lines) {
      for (let count = 0; count < times; count++) text += line + separator
    }
    return text
  })

/** Any sequence of UTF-16 code units, lone surrogates included. */
export const codeUnits = fc.string({unit: fc.integer({min: 0, max: 0xffff}).map((code) => String.fromCharCode(code))})
