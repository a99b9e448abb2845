/**
 * The most frequent function words of languages written in the Latin script,
 * in lower case, for telling which language a text is in (see
 * `detectLanguage`). Each list keeps to words that are frequent in running
 * text (articles, pronouns, prepositions, conjunctions, auxiliaries) and
 * leaves out most that are as frequent in English ("in", "a", "is"), so the
 * share of a text's words found in a list says how much the text reads like
 * that language.
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
    'ein', 'eine', 'als', 'auch', 'es', 'an', 'er', 'hat', 'aus', 'bei', 'sie', 'nach', 'wird', 'einer', 'um', 'am',
    'sind', 'noch', 'wie', 'einem', 'über', 'einen', 'so', 'zum', 'war', 'haben', 'nur', 'oder', 'aber', 'vor',
    'zur', 'bis', 'mehr', 'durch', 'man', 'dass', 'werden', 'kann', 'wurde', 'sein', 'ich', 'wir', 'seine', 'gegen'
  ],
  fr: [
    'de', 'la', 'le', 'et', 'les', 'des', 'en', 'un', 'du', 'une', 'que', 'est', 'pour', 'qui', 'dans', 'par',
    'plus', 'pas', 'au', 'sur', 'ne', 'se', 'il', 'ce', 'avec', 'sont', 'mais', 'ou', 'son', 'aux', 'elle', 'nous',
    'été', 'leur', 'ont', 'cette', 'ses', 'comme', 'ils', 'fait', 'être', 'sa', 'lui', 'entre', 'dont',
    'aussi', 'même', 'selon', 'après', 'depuis', 'tout', 'était', 'avait', 'très', 'où', 'ces', 'sans', 'l', 'd', 'qu'
  ],
  es: [
    'de', 'la', 'que', 'el', 'en', 'y', 'los', 'del', 'se', 'las', 'por', 'un', 'con', 'no', 'una', 'su', 'para',
    'es', 'al', 'lo', 'como', 'más', 'pero', 'sus', 'le', 'ya', 'fue', 'este', 'ha', 'sí', 'porque', 'esta', 'son',
    'entre', 'cuando', 'muy', 'sin', 'sobre', 'también', 'me', 'hasta', 'hay', 'donde', 'quien', 'desde', 'todo',
    'nos', 'durante', 'todos', 'uno', 'les', 'ni', 'contra', 'otros', 'ese', 'eso', 'ante', 'ellos', 'según'
  ],
  it: [
    'di', 'che', 'il', 'la', 'e', 'per', 'un', 'in', 'del', 'non', 'una', 'della', 'si', 'è', 'le', 'dei', 'con',
    'da', 'al', 'gli', 'nel', 'alla', 'anche', 'ha', 'più', 'delle', 'sono', 'ma', 'come', 'lo', 'dal', 'nella',
    'questo', 'tra', 'suo', 'sua', 'ci', 'già', 'essere', 'stato', 'hanno', 'degli', 'sul', 'quando', 'cui',
    'dopo', 'ad', 'loro', 'solo', 'dalla', 'molto', 'era', 'questa', 'ancora', 'secondo', 'però', 'perché', 'l'
  ],
  pt: [
    'de', 'a', 'o', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'é', 'com', 'não', 'uma', 'os', 'no', 'se', 'na',
    'por', 'mais', 'as', 'dos', 'como', 'mas', 'foi', 'ao', 'ele', 'das', 'tem', 'à', 'seu', 'sua', 'ou', 'ser',
    'quando', 'muito', 'há', 'nos', 'já', 'está', 'também', 'só', 'pelo', 'pela', 'até', 'isso', 'ela', 'entre',
    'era', 'depois', 'sem', 'mesmo', 'aos', 'ter', 'seus', 'quem', 'nas', 'são', 'disse', 'sobre', 'após'
  ],
  nl: [
    'de', 'het', 'een', 'en', 'van', 'ik', 'te', 'dat', 'die', 'in', 'is', 'niet', 'op', 'zijn', 'voor', 'met',
    'er', 'maar', 'om', 'hij', 'ook', 'als', 'dan', 'bij', 'aan', 'nog', 'ze', 'uit', 'wordt', 'naar', 'worden',
    'heeft', 'door', 'over', 'wel', 'zo', 'geen', 'al', 'hebben', 'kan', 'werd', 'tot', 'wat', 'meer', 'haar',
    'nu', 'deze', 'moet', 'zou', 'onder', 'waar', 'veel', 'omdat', 'wij', 'tegen', 'zegt', 'volgens', 'toen'
  ],
  sv: [
    'och', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om',
    'ett', 'han', 'men', 'var', 'jag', 'sig', 'från', 'vi', 'så', 'kan', 'man', 'när', 'år', 'säger', 'hon',
    'under', 'också', 'efter', 'eller', 'nu', 'sin', 'där', 'vid', 'mot', 'ska', 'skulle', 'kommer', 'ut', 'får',
    'finns', 'vara', 'hade', 'alla', 'andra', 'mycket', 'än', 'här', 'då', 'sedan', 'över', 'bara', 'blir'
  ],
  da: [
    'og', 'i', 'at', 'det', 'er', 'en', 'til', 'på', 'de', 'med', 'af', 'for', 'den', 'som', 'har', 'ikke', 'der',
    'et', 'var', 'han', 'vi', 'om', 'sig', 'men', 'fra', 'kan', 'jeg', 'så', 'efter', 'være', 'hun', 'ved', 'skal',
    'også', 'eller', 'bliver', 'over', 'havde', 'siger', 'blev', 'når', 'nu', 'mod', 'hvor', 'alle', 'meget',
    'hvis', 'deres', 'sin', 'under', 'end', 'os', 'her', 'mange', 'ud', 'kun', 'hans', 'ind', 'mig'
  ],
  nb: [
    'og', 'i', 'det', 'er', 'til', 'på', 'som', 'en', 'for', 'av', 'at', 'med', 'har', 'de', 'ikke', 'den', 'om',
    'var', 'et', 'han', 'vi', 'seg', 'men', 'fra', 'kan', 'jeg', 'så', 'etter', 'være', 'hun', 'ved', 'skal',
    'også', 'eller', 'blir', 'over', 'hadde', 'sier', 'ble', 'når', 'nå', 'mot', 'hvor', 'alle', 'mye', 'hvis',
    'deres', 'sin', 'under', 'enn', 'oss', 'her', 'mange', 'ut', 'bare', 'hans', 'inn', 'meg', 'noe', 'dette'
  ],
  pl: [
    'w', 'i', 'na', 'się', 'z', 'nie', 'do', 'to', 'że', 'jest', 'o', 'jak', 'ale', 'po', 'co', 'tak', 'za', 'od',
    'przez', 'oraz', 'dla', 'tym', 'już', 'jego', 'czy', 'być', 'są', 'jej', 'który', 'która', 'które', 'ich',
    'tego', 'jako', 'jeszcze', 'pod', 'tylko', 'był', 'była', 'było', 'mu', 'też', 'bardzo', 'może', 'gdy', 'we',
    'ze', 'przed', 'także', 'według', 'będzie', 'roku', 'lub', 'sobie', 'ten', 'ta', 'kiedy', 'tych', 'nad'
  ],
  cs: [
    'a', 'se', 'na', 'v', 'je', 'to', 'že', 'z', 've', 's', 'o', 'do', 'i', 'jako', 'ale', 'by', 'k', 'pro', 'po',
    'od', 'za', 'jsou', 'jeho', 'které', 'který', 'která', 'tak', 'už', 'jen', 'bylo', 'byl', 'byla', 'jsem',
    'také', 'při', 'podle', 'než', 'ze', 'mezi', 'nebo', 'když', 'však', 'této', 'tento', 'před', 'až', 'což',
    'aby', 'má', 'jejich', 'může', 'bude', 'ještě', 'sice', 'jsme', 'byli', 'ani', 'proto', 'tím', 'jak'
  ],
  fi: [
    'ja', 'on', 'ei', 'että', 'se', 'oli', 'hän', 'kuin', 'mutta', 'ovat', 'myös', 'sen', 'niin', 'jo', 'tai',
    'kun', 'joka', 'ole', 'vain', 'nyt', 'mukaan', 'sekä', 'olla', 'jotka', 'hänen', 'vielä', 'sitä',
    'jos', 'voi', 'oman', 'siitä', 'ollut', 'koska', 'mitä', 'sitten', 'kaikki', 'tämä', 'tämän', 'siis', 'mikä',
    'jälkeen', 'kanssa', 'olivat', 'yli', 'noin', 'näin', 'eikä', 'kuitenkin', 'tässä', 'heidän', 'ne', 'me'
  ],
  hu: [
    'a', 'az', 'és', 'hogy', 'nem', 'is', 'egy', 'van', 'meg', 'de', 'el', 'ki', 'csak', 'már', 'volt', 'mint',
    'még', 'azt', 'ez', 'fel', 'vagy', 'pedig', 'kell', 'lesz', 'sem', 'ha', 'után', 'szerint', 'között', 'nagyon',
    'minden', 'amely', 'aki', 'ami', 'mert', 'ezt', 'egyik', 'így', 'vele', 'neki', 'úgy', 'akkor', 'amikor',
    'vannak', 'volna', 'lett', 'majd', 'most', 'itt', 'több', 'alatt', 'ellen', 'ezért', 'azonban', 'legyen'
  ],
  ro: [
    'și', 'în', 'de', 'la', 'cu', 'nu', 'pe', 'să', 'din', 'care', 'o', 'un', 'se', 'mai', 'este', 'pentru', 'au',
    'a', 'fost', 'ca', 'ce', 'sau', 'dar', 'lui', 'sunt', 'al', 'ale', 'acest', 'această', 'după', 'prin', 'fi',
    'iar', 'doar', 'când', 'despre', 'până', 'foarte', 'are', 'între', 'vor', 'acum', 'ei', 'el', 'ea', 'cel',
    'cea', 'cum', 'sa', 'lor', 'avea', 'fără', 'asupra', 'potrivit', 'unei', 'unui', 'aceasta', 'decât'
  ],
  tr: [
    've', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'en', 'ne', 'gibi', 'olan', 'ama',
    'kadar', 'sonra', 'ise', 'mi', 'değil', 'o', 'ya', 'her', 'var', 'şey', 'ki', 'yok', 'veya', 'ancak', 'göre',
    'olduğu', 'tarafından', 'şu', 'nasıl', 'neden', 'hem', 'bile', 'yeni', 'büyük', 'önce', 'yani', 'fakat',
    'kendi', 'oldu', 'diye', 'biri', 'onun', 'olduğunu', 'üzerinde', 'ilk', 'sadece', 'hiç', 'hep', 'artık', 'çünkü'
  ],
  id: [
    'yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'dari', 'dalam', 'akan', 'pada', 'juga', 'ke',
    'ada', 'oleh', 'mereka', 'atau', 'karena', 'bisa', 'sudah', 'saya', 'kami', 'kita', 'telah', 'seperti', 'hal',
    'lebih', 'masih', 'tersebut', 'bahwa', 'secara', 'harus', 'namun', 'saat', 'menjadi', 'kata', 'jika', 'hanya',
    'sebagai', 'setelah', 'belum', 'antara', 'tetapi', 'sangat', 'bagi', 'para', 'dia', 'ia', 'sebuah', 'banyak'
  ],
  vi: [
    'và', 'của', 'có', 'là', 'không', 'được', 'cho', 'các', 'những', 'một', 'người', 'trong', 'đã', 'này', 'với',
    'khi', 'để', 'cũng', 'từ', 'đến', 'như', 'thì', 'tại', 'về', 'sẽ', 'nhưng', 'nhiều', 'đó', 'ra', 'còn',
    'theo', 'nên', 'vào', 'bị', 'lại', 'rất', 'đang', 'vì', 'năm', 'mà', 'sau', 'hơn', 'nếu', 'ông', 'bà', 'họ'
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

