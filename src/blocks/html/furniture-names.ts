/**
 * Words in `class`, `id` or `role` that mark page furniture around a story:
 * share bars, related links, newsletters sign-ups, adverts, comments.
 * Matched against whole words of the attribute (split at `-`, `_`, spaces and
 * camelCase), so `ad` matches `ad-slot` and `AdSlot` but not `header`.
 */
export const furnitureWords: ReadonlySet<string> = new Set([
  'ad', 'ads', 'adslot', 'adunit', 'advert', 'advertisement', 'adverts', 'advertising', 'sponsor', 'sponsored', 'dfp',
  'share', 'sharing', 'sharebar', 'social', 'socials',
  'related', 'recommended', 'recommendations', 'recirculation', 'recirc', 'outbrain', 'taboola', 'trending', 'popular',
  'newsletter', 'newsletters', 'signup', 'sign', 'login', 'register', 'registration', 'subscribe', 'subscriber', 'subscribers', 'subscription', 'promo', 'promotion', 'promotions',
  'comment', 'comments', 'disqus', 'breadcrumb', 'breadcrumbs', 'navigation', 'nav', 'navbar', 'menu', 'masthead',
  'sidebar', 'footer', 'cookie', 'cookies', 'consent', 'onetrust', 'modal', 'popup', 'toolbar', 'readmore', 'teaser', 'teasers',
  'tweet', 'twitter', 'instagram', 'tiktok', 'facebook', 'timestamp', 'byline', 'bio', 'bios'
])

/** Words in `class` or `id` that mark the name (or avatar) of the person who wrote a comment or post: hCard's `fn` and `vcard` too. */
export const personWords: ReadonlySet<string> = new Set(['author', 'authors', 'fn', 'vcard', 'nickname', 'username', 'user', 'commenter', 'avatar', 'profile'])

/**
 * Verbs that close the header line of a comment (`"Maria on 2 May at 9:41 am
 * said:"`, `"Jan schrieb:"`), in lower case: evidence of a comment's author
 * beside its markup, never enough alone.
 */
export const commentLineVerbs: readonly string[] = ['said', 'says', 'wrote', 'writes', 'replied', 'commented', 'schrieb', 'sagte', 'dit', 'écrit', 'dijo', 'escribió', 'scrive', 'ha scritto', 'schreef', 'zei']

/** `role` values that mark furniture. */
export const furnitureRoles: readonly string[] = ['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'menu', 'menubar', 'toolbar']

/** Words in `class` or `id` that mark a photo caption. */
export const captionWords: ReadonlySet<string> = new Set(['caption', 'figcaption', 'cutline', 'photocaption'])

/** Words in `class` or `id` that mark a photo credit inside or beside a caption. */
export const creditWords: ReadonlySet<string> = new Set(['credit', 'credits', 'copyright', 'source', 'byline', 'attribution', 'photographer', 'courtesy', 'distributor', 'agency'])

/**
 * schema.org properties (`itemprop`) of an image's maker or holder: inside a
 * caption, an element with one holds the photo credit.
 */
export const creditProperties: readonly string[] = ['copyrightHolder', 'copyrightNotice', 'creditText', 'creator', 'author']

/** Words in `class` or `id` that mark a video player, whose descriptions are not photo captions. */
export const videoWords: ReadonlySet<string> = new Set(['video', 'videos', 'player', 'playlist', 'jwplayer', 'brightcove', 'vjs'])

/** Words in `class` or `id` that mark the standfirst under a headline. */
export const dekWords: ReadonlySet<string> = new Set(['dek', 'standfirst', 'subtitle', 'subheadline', 'subhead', 'summary', 'strapline', 'intro', 'lede', 'excerpt', 'description', 'deck', 'sub'])

/** Words in `class`, `id` or `rel` that mark the byline. */
export const bylineWords: ReadonlySet<string> = new Set(['byline', 'author', 'authors', 'contributor', 'contributors', 'writer'])

/** Photo agencies and source words that make up a one-word photo credit (`"Reuters"`, `"Supplied"`), in lower case. */
export const creditSources: readonly string[] = [
  'ap', 'aap', 'afp', 'epa', 'pa', 'dpa', 'reuters', 'getty', 'bloomberg', 'xinhua', 'anadolu', 'zuma', 'sipa', 'imago', 'shutterstock', 'alamy',
  'supplied', 'handout', 'pool', 'file', 'courtesy'
]
