/**
 * The English name of a BCP 47 language tag, for messages, from the
 * runtime's own names (`Intl.DisplayNames`, in every current browser and in
 * Node's ICU); for `und-Xxxx`, "undetermined language in a script", the
 * script's name. `undefined` for `und` alone, or where the runtime has no
 * names or does not know the tag.
 *
 * @example
 *   languageName('de') // 'German'
 *   languageName('und-Cyrl') // 'a language in Cyrillic script'
 */
export function languageName(lang: string): string | undefined {
  try {
    const [primary, script] = lang.split('-')
    if (primary !== 'und') return new Intl.DisplayNames('en', {type: 'language', fallback: 'none'}).of(lang)
    const name = script && new Intl.DisplayNames('en', {type: 'script', fallback: 'none'}).of(script)
    return name ? `a language in ${name} script` : undefined
  } catch {
    return undefined
  }
}
