/**
 * The most frequent function words of languages written in the Latin script,
 * in lower case, for telling which language a text is in (see
 * `detectLanguage`). Each list keeps to words that are frequent in running
 * text (articles, pronouns, prepositions, conjunctions, auxiliaries) and
 * leaves out most that are as frequent in English ("in", "a", "is"), so the
 * share of a text's words found in a list says how much the text reads like
 * that language.
 *
 * English keeps its 60 most frequent, every other language its 30: measured
 * with `scripts/train/measure-language.ts` (gettext translations to choose,
 * translated manual pages to check), the words past the 30th told no more
 * languages once the share a language needs was lowered to match
 * (`detectLanguage`'s `minimumShare`).
 *
 * Keys are BCP 47 primary language subtags.
 */
export const languageWords: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'he', 'as', 'by', 'at',
    'from', 'his', 'be', 'this', 'are', 'have', 'has', 'had', 'not', 'but', 'an', 'they', 'which', 'or', 'were',
    'their', 'said', 'been', 'who', 'will', 'would', 'she', 'her', 'its', 'we', 'there', 'about', 'after', 'than',
    'when', 'into', 'more', 'also', 'these', 'them', 'could', 'what', 'our', 'you', 'i', 'one', 'out', 'up'
  ],
  de: [
    'der', 'die', 'und', 'das', 'den', 'von', 'zu', 'mit', 'sich', 'des', 'auf', 'für', 'ist', 'im', 'dem', 'nicht',
    'ein', 'eine', 'als', 'auch', 'es', 'an', 'er', 'hat', 'aus', 'bei', 'sie', 'nach', 'wird', 'einer'
  ],
  fr: [
    'de', 'la', 'le', 'et', 'les', 'des', 'en', 'un', 'du', 'une', 'que', 'est', 'pour', 'qui', 'dans', 'par',
    'plus', 'pas', 'au', 'sur', 'ne', 'se', 'il', 'ce', 'avec', 'sont', 'mais', 'ou', 'son', 'aux'
  ],
  es: [
    'de', 'la', 'que', 'el', 'en', 'y', 'los', 'del', 'se', 'las', 'por', 'un', 'con', 'no', 'una', 'su', 'para',
    'es', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ya', 'fue', 'este', 'ha', 'sí'
  ],
  it: [
    'di', 'che', 'il', 'la', 'e', 'per', 'un', 'in', 'del', 'non', 'una', 'della', 'si', 'è', 'le', 'dei', 'con',
    'da', 'al', 'gli', 'nel', 'alla', 'anche', 'ha', 'più', 'delle', 'sono', 'ma', 'come', 'lo'
  ],
  pt: [
    'de', 'a', 'o', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'é', 'com', 'não', 'uma', 'os', 'no', 'se', 'na',
    'por', 'mais', 'as', 'dos', 'como', 'mas', 'foi', 'ao', 'ele', 'das', 'tem', 'à'
  ],
  nl: [
    'de', 'het', 'een', 'en', 'van', 'ik', 'te', 'dat', 'die', 'in', 'is', 'niet', 'op', 'zijn', 'voor', 'met',
    'er', 'maar', 'om', 'hij', 'ook', 'als', 'dan', 'bij', 'aan', 'nog', 'ze', 'uit', 'wordt', 'naar'
  ],
  sv: [
    'och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om',
    'ett', 'han', 'men', 'var', 'jag', 'sig', 'från', 'vi', 'så', 'kan', 'man', 'när', 'år', 'säger'
  ],
  da: [
    'og', 'i', 'at', 'det', 'er', 'en', 'til', 'på', 'de', 'med', 'af', 'for', 'den', 'som', 'har', 'ikke', 'der',
    'et', 'var', 'han', 'vi', 'om', 'sig', 'men', 'fra', 'kan', 'jeg', 'så', 'efter', 'være'
  ],
  nb: [
    'og', 'i', 'det', 'er', 'til', 'på', 'som', 'en', 'for', 'av', 'at', 'med', 'har', 'de', 'ikke', 'den', 'om',
    'var', 'et', 'han', 'vi', 'seg', 'men', 'fra', 'kan', 'jeg', 'så', 'etter', 'være', 'hun'
  ],
  pl: [
    'w', 'i', 'na', 'się', 'z', 'nie', 'do', 'to', 'że', 'jest', 'o', 'jak', 'ale', 'po', 'co', 'tak', 'za', 'od',
    'przez', 'oraz', 'dla', 'tym', 'już', 'jego', 'czy', 'być', 'są', 'jej', 'który', 'która'
  ],
  cs: [
    'a', 'se', 'na', 'v', 'je', 'to', 'že', 'z', 've', 's', 'o', 'do', 'i', 'jako', 'ale', 'by', 'k', 'pro', 'po',
    'od', 'za', 'jsou', 'jeho', 'které', 'který', 'která', 'tak', 'už', 'jen', 'bylo'
  ],
  fi: [
    'ja', 'on', 'ei', 'että', 'se', 'oli', 'hän', 'kuin', 'mutta', 'ovat', 'myös', 'sen', 'niin', 'jo', 'tai',
    'kun', 'joka', 'ole', 'vain', 'nyt', 'mukaan', 'sekä', 'olla', 'jotka', 'hänen', 'vielä', 'sitä', 'jos', 'voi',
    'oman'
  ],
  hu: [
    'a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'van', 'meg', 'de', 'el', 'ki', 'csak', 'már', 'volt', 'mint',
    'még', 'azt', 'ez', 'fel', 'vagy', 'pedig', 'kell', 'lesz', 'sem', 'ha', 'után', 'szerint', 'között', 'nagyon'
  ],
  ro: [
    'și', 'în', 'de', 'la', 'cu', 'nu', 'pe', 'să', 'din', 'care', 'o', 'un', 'se', 'mai', 'este', 'pentru', 'au',
    'a', 'fost', 'ca', 'ce', 'sau', 'dar', 'lui', 'sunt', 'al', 'ale', 'acest', 'această', 'după'
  ],
  tr: [
    've', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'en', 'ne', 'gibi', 'olan', 'ama',
    'kadar', 'sonra', 'ise', 'mi', 'değil', 'o', 'ya', 'her', 'var', 'şey', 'ki', 'yok', 'veya', 'ancak', 'göre'
  ],
  id: [
    'yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke',
    'ada', 'oleh', 'mereka', 'atau', 'karena', 'bisa', 'sudah', 'saya', 'kami', 'kita', 'telah', 'seperti', 'hal',
    'lebih', 'masih', 'tersebut'
  ],
  vi: [
    'và', 'của', 'có', 'là', 'không', 'được', 'cho', 'các', 'những', 'một', 'người', 'trong', 'đã', 'này', 'với',
    'khi', 'để', 'cũng', 'từ', 'đến', 'như', 'thì', 'tại', 'về', 'sẽ', 'nhưng', 'nhiều', 'đó', 'ra', 'còn'
  ]
}

/**
 * Languages named by their writing system alone: a text written mostly in
 * one of these scripts is in that language (or, for scripts many languages
 * share, in a language of that script: `und-Cyrl`, BCP 47 for "undetermined,
 * Cyrillic script").
 */
export const scriptLanguages: ReadonlyArray<readonly [pattern: RegExp, lang: string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Cyrillic}/gu, 'und-Cyrl'],
  [/\p{Script=Arabic}/gu, 'und-Arab'],
  [/\p{Script=Devanagari}/gu, 'und-Deva'],
  [/\p{Script=Bengali}/gu, 'und-Beng'],
  [/\p{Script=Tamil}/gu, 'ta']
]

