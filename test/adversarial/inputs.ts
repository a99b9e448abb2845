/**
 * Pathological inputs, generated (nothing is stored). Each must parse in
 * linear-ish time; the benchmark (scripts/bench.ts) measures how long.
 */
export const adversarialInputs: Record<string, () => string> = {
  'one 1 MB line with no newline': () => 'The minister said the talks would continue, “and we will not leave.” '.repeat(15_000).slice(0, 1 << 20),
  '100,000 quote marks of every kind': () => '“”‘’"\'«»‹›'.repeat(10_000),
  '100,000 opening quote marks': () => '“'.repeat(100_000),
  '300,000 closing marks with no opening after a quote': () => '“a” ' + 'x” '.repeat(300_000),
  '100,000 quote marks between words': () => 'He said "yes '.repeat(100_000),
  '10,000 nested brackets': () => '('.repeat(10_000) + 'inside' + ')'.repeat(10_000),
  '10,000 nested mixed brackets and quotes': () => '([{“«'.repeat(2_000) + 'inside' + '»”}])'.repeat(2_000),
  'a 1 MB paragraph of one repeated word': () => 'buffalo '.repeat(1 << 17),
  'a 1 MB paragraph of one repeated capitalised word': () => 'Buffalo '.repeat(1 << 17),
  '50,000 one-word lines': () => 'word\n'.repeat(50_000),
  '50,000 one-word lines with blank lines between': () => 'Word\n\n'.repeat(50_000),
  '50,000 identical caption-like lines': () => 'FILE - A photo. (AP Photo/Jane Doe)\n'.repeat(50_000),
  '1 MB of whitespace then a letter': () => ' \t'.repeat(1 << 19) + 'x',
  '1 MB of dots': () => '.'.repeat(1 << 20),
  '1 MB of one letter': () => 'a'.repeat(1 << 20),
  '100,000 CRLF': () => '\r\n'.repeat(100_000),
  '1 MB of NUL': () => '\0'.repeat(1 << 20),
  '1 MB of lone surrogates': () => '\uD800'.repeat(1 << 20),
  'a 1 MB byline': () => `By ${'Jane Doe and '.repeat(80_000)}John Roe`,
  'a 1 MB dateline-like line': () => `KABUL, ${'Afghanistan, '.repeat(80_000)}(AP) — text`,
  'a 1 MB caption-like line': () => `FILE - ${'Photo: A '.repeat(110_000)}(AP Photo/Jane Doe)`,
  'a 1 MB credit-like line': () => `${'Jane Doe, '.repeat(100_000)} contributed to this report.`
}

/**
 * Lines built from the attack strings the ReDoS audit (redos.test.ts) found
 * for caption, credit and dateline patterns, grown to a size where a
 * super-linear regex no longer finishes.
 */
export const regexAttackInputs: Record<string, () => string> = {
  'a 1 MB line of "(AP(G"': () => `Headline\n\n0${'(AP(G'.repeat(200_000)}F`,
  'a 1 MB line of "(PHOTO(M"': () => `Headline\n\nA${'(PHOTO(M'.repeat(130_000)})(PHOTO)`,
  'a 1 MB line of tabs between "(AP"': () => `Headline\n\n(AP${'\t'.repeat(1 << 20)}(AP`,
  'a 1 MB caption credit of "AP" then tabs': () => `Headline\n\nFILE - (${'AP'.repeat(250_000)})${'\t'.repeat(500_000)})`,
  'a 1 MB line of cookie words': () => `Headline\n\n${'PT\0COOKIE\0'.repeat(100_000)}PT`,
  'a 1 MB byline of tabs': () => `Headline\n\nBy ${'\t'.repeat(1 << 20)}|\t|a`,
  'a 1 MB line of "Photo:"': () => `Headline\n\n${'Photo:\tA:'.repeat(60_000)}${'\t'.repeat(500_000)}.0`,
  'a 1 MB dateline of tabs': () => `Headline\n\nD-,\to  uBBpu'ª.cFÀOdayyMJc'DO ${'\t '.repeat(500_000)}ª`,
  'a 1 MB time-like line': () => `Headline\n\n0.00${' '.repeat(1 << 20)}\0`,
  'a 1 MB credit line of tabs': () => `Headline\n\n-${'\t\t'.repeat(500_000)}T`
}
