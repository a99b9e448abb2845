/**
 * The public document model of news-anatomy.
 *
 * Every element read from the input carries a unist-style `position`:
 * `line` and `column` are 1-based, `offset` is 0-based in UTF-16 code units,
 * and `end` is exclusive, so `input.slice(start.offset, end.offset)` gives the
 * element's source text back. Elements inferred rather than read (a canonical
 * speaker name, say) carry no position.
 *
 * @packageDocumentation
 */

/** One place in the input. */
export interface Point {
  /** Line number, 1-based. */
  readonly line: number
  /** Column number in UTF-16 code units, 1-based. */
  readonly column: number
  /** Offset from the start of the input in UTF-16 code units, 0-based. */
  readonly offset: number
}

/** A span of the input: `start` inclusive, `end` exclusive (unist `Position`). */
export interface Position {
  /** Where the span starts. */
  readonly start: Point
  /** Where the span ends (the first point after it). */
  readonly end: Point
}

/**
 * A piece of text read from the input.
 *
 * For plain-text input `text` is exactly
 * `input.slice(position.start.offset, position.end.offset)`. For HTML and
 * Markdown input `text` is the decoded text a reader sees and `position` spans
 * its source, markup included (see {@link InputFormat}).
 */
export interface Block {
  /** The text: exactly as in the input (plain text), or decoded from markup (HTML, Markdown). */
  readonly text: string
  /** Where the text is in the input. */
  readonly position: Position
}

/** A short piece of text read from the input (a cue verb, a speaker mention). */
export type Phrase = Block

/** A body paragraph with its sentences. */
export interface Paragraph extends Block {
  /** The paragraph's sentences, in order, each with its own position. */
  readonly sentences: readonly Block[]
}

/** A section of the body: an optional heading and the paragraphs under it. */
export interface Section {
  /** The section's heading (`"US withdrawal"`); absent for the untitled lead section. */
  readonly heading?: Block
  /** The paragraphs of the section, in order. */
  readonly paragraphs: readonly Paragraph[]
}

/** A photo caption. `text` and `position` are those of its first occurrence. */
export interface Caption extends Block {
  /** Every place the caption appears (some pages print a caption twice). */
  readonly occurrences: readonly Position[]
  /** Whether the caption marks an archive photo (`"FILE - ..."`, `"FILE PHOTO: ..."`). */
  readonly file: boolean
  /** The date the photo was taken, as written (`"Jan. 23, 2019"`). */
  readonly date?: string
  /** Where the photo was taken, as written (`"Jalalabad, Afghanistan"`). */
  readonly place?: string
  /** Who made or released the photo, as written (`"released by the FBI"`, `"AP Photo/Jane Doe"`). */
  readonly credit?: string
}

/** The byline: `"By Jane Doe and John Roe"`. */
export interface Byline extends Block {
  /** The authors' names, in order (`["Jane Doe", "John Roe"]`). */
  readonly authors: readonly string[]
}

/** The dateline that opens the first paragraph: `"AUBURN, Wash. (AP) —"`. */
export interface Dateline extends Block {
  /** The place, as written (`"AUBURN, Wash."`). */
  readonly place: string
  /** The news agency, when given (`"AP"`, `"Reuters"`), in brackets or between slashes (`/Wire/`). */
  readonly agency?: string
  /** The date, when given (`"April 25"`, `"25 April"`, `"Tuesday"`). */
  readonly date?: string
}

/** A contributor line: `"VOA's Afghanistan Service contributed to this report."`. */
export interface Credit extends Block {
  /** Who contributed, in order (`["VOA's Afghanistan Service"]`). */
  readonly contributors: readonly string[]
}

/**
 * The kind of a quote.
 *
 * - `direct`: the quoted words are the statement: “We will not leave,” she said.
 * - `partial`: a quoted fragment inside the reporter's sentence: called it “welcome news”.
 * - `indirect`: reported speech without quotation marks: The ministry said (that) the talks failed.
 */
export type QuoteKind = 'direct' | 'partial' | 'indirect'

/** What kind of source a speaker is. */
export type SpeakerKind = 'person' | 'organization' | 'group' | 'document' | 'unknown'

/** Who said something, as resolved for one quote. */
export interface Speaker {
  /**
   * Canonical name: the fullest name the article gives for this source
   * (`"Siddeq Siddiqqui"`, `"White House"`, `"U.N. report"`), never a pronoun.
   * A document speaks for whoever issued it when the article says who did
   * (“a report by the Harbour Trust” → `"Harbour Trust"`, kind
   * `organization`); a document named after its issuer (“a U.N. report”) or
   * with no issuer stays a `document`.
   */
  readonly name: string
  /** The role the article gives the speaker (`"a spokesperson for the Afghan government"`). */
  readonly role?: string
  /** What kind of source this is. */
  readonly kind: SpeakerKind
  /** The words naming the speaker at this quote (`"he"`, `"Siddiqqui"`), where there are any. */
  readonly mention?: Phrase
}

/**
 * The rule that tied a quote to its speaker:
 *
 * - `said-after`: a cue after the quotation (“…,” Lee said / “…,” said Lee);
 * - `said-before`: a cue before it (Lee said: “…” / Lee called it “…”), also
 *   ending the paragraph before one that opens with the quotation (Lee
 *   continued: ¶ “…”);
 * - `next-sentence`: a question or exclamation whose attribution opens the
 *   next sentence (“Why now?” Lee asked.);
 * - `according-to`: “according to X”;
 * - `reported-speech`: a cue with a reported clause (Lee said the talks failed);
 * - `speech-object`: a speech verb whose object is what was said (Lee
 *   criticized the plan, asked whether …, called for …);
 * - `colon-cue`: a speaker, a colon and what was said, as in headlines and
 *   transcripts (Harbour Board: Ferry fares will rise; Pereira: “We stay.”);
 * - `same-cue`: a fragment after another fragment of the same cue (called it
 *   “unfair” and “rushed”);
 * - `sentence-subject`: a quoted fragment with no cue, credited to the
 *   sentence's subject;
 * - `running-quote`: no attribution of its own; it continues the speaker of
 *   the quote before (a quotation running over paragraphs, or a quote that
 *   follows another);
 * - `next-quote`: no attribution of its own; the next quote of the paragraph
 *   names the speaker.
 */
export type AttributionEvidence = 'said-after' | 'said-before' | 'next-sentence' | 'according-to' | 'reported-speech' | 'speech-object' | 'colon-cue' | 'same-cue' | 'sentence-subject' | 'running-quote' | 'next-quote'

/** Who a quote is attributed to, with the cue and the addressee. */
export interface Attribution {
  /** The speaker. */
  readonly speaker: Speaker
  /**
   * The rule that found the attribution (see {@link AttributionEvidence}).
   * Always set by `parseArticle`; optional so that hand-built attributions
   * need not invent one.
   */
  readonly evidence?: AttributionEvidence
  /**
   * How likely the words and the speaker's mention are right, in [0, 1]:
   * the share of attributions found by the same rule, with the same kind of
   * mention (a name, a description, a pronoun or none) and quote kind, that
   * were right on the development half of an annotated corpus (fitted by
   * `scripts/train/attribution-confidence.ts` into
   * `src/attribution/confidence-weights.ts`). Filter on it, e.g. keep
   * `confidence >= 0.8` for higher precision at lower recall. Always set by
   * `parseArticle`.
   */
  readonly confidence?: number
  /** The cue: `"said"`, `"told"`, `"tweeted"`, `"according to"`. */
  readonly cue?: Phrase
  /** Who was addressed: `"VOA"` in “told VOA”. */
  readonly addressee?: Phrase
}

/** A piece of quoted or reported speech. */
export interface Quote {
  /** Direct, partial or indirect speech. */
  readonly kind: QuoteKind
  /** The words, without the enclosing quotation marks. */
  readonly text: string
  /** Where `text` is in the input. */
  readonly position: Position
  /** The attribution; absent only when the article names no source for the words. */
  readonly attribution?: Attribution
}

/** One distinct speaker of the article. */
export interface SpeakerSummary {
  /** Canonical name. */
  readonly name: string
  /** The fullest role the article gives. */
  readonly role?: string
  /** What kind of source this is. */
  readonly kind: SpeakerKind
  /** Every distinct way the article names the speaker (`["Siddeq Siddiqqui", "Siddiqqui"]`). */
  readonly aliases: readonly string[]
  /** How many quotes are attributed to the speaker. */
  readonly quotes: number
}

/** What kind of thing an entity is. */
export type EntityKind = 'person' | 'organization' | 'place'

/**
 * A person, organisation or place the article names, once per real-world
 * entity: `Abu Muhsin al-Masri` with the mentions `al-Masri`, `Al-Masri` and
 * `Husam Abd al-Rauf` (an "also known as"), `Federal Bureau of Investigation`
 * with `FBI`.
 */
export interface Entity {
  /**
   * The fullest form the article gives of the name it uses most for this
   * entity (`"Zalmay Khalilzad"`, not `"Khalilzad"`; `"Federal Bureau of
   * Investigation"`, not `"FBI"`). Inferred, so it carries no position.
   */
  readonly name: string
  /** What it is. */
  readonly kind: EntityKind
  /**
   * Every mention of a name, in input order, each with the position of the
   * name alone (no title, no possessive `’s`): full names, surnames and
   * shorter forms, acronyms, other names joined by "also known as".
   * Pronouns and common nouns ("he", "the agency") are not mentions.
   */
  readonly mentions: readonly Phrase[]
  /**
   * The speakers this entity is, as indexes into {@link Article.speakers}
   * (`article.speakers[index]`), when any of its quotes' speakers is it:
   * a speaker named by a description or a pronoun links through the name the
   * article resolved it to. Absent when the entity speaks no quote.
   */
  readonly speakers?: readonly number[]
}

/**
 * A finding about the input, shaped like a vfile message.
 *
 * `ruleId` says which rule spoke (`"no-headline"`, `"unclosed-quote"`);
 * `place` says where, when there is a where.
 */
export interface Message {
  /** What was found, in a sentence. */
  readonly reason: string
  /** The kebab-case id of the rule that found it. */
  readonly ruleId: string
  /** Always `"news-anatomy"`. */
  readonly source: 'news-anatomy'
  /** Where in the input, if anywhere. */
  readonly place?: Position
  /** `true` only when the input could not be used at all. */
  readonly fatal?: boolean
}

/**
 * What a web page states about itself (HTML input only), read from schema.org
 * JSON-LD (also inside `@graph`), Open Graph, Twitter cards, `<meta>`,
 * `<link rel="canonical">` and `<html lang>`; the first source that states a
 * value wins, in that order. Values are as the page writes them (decoded and
 * trimmed), not checked: a date is the stated string, a URL is not resolved
 * against the page's address. A field the page does not state is absent.
 */
export interface ArticleMetadata {
  /** The language: `<html lang>`, else JSON-LD `inLanguage`, `og:locale` or `content-language` (`"en"`, `"pt-BR"`). */
  readonly lang?: string
  /** The site or publication: `og:site_name`, JSON-LD `publisher.name`, `application-name`. */
  readonly siteName?: string
  /** The article's own address: `<link rel="canonical">`, `og:url`, JSON-LD `url` or `mainEntityOfPage`. */
  readonly canonicalUrl?: string
  /** The lead image's address: `og:image`, `twitter:image`, JSON-LD `image` (first, or its `url`). */
  readonly image?: string
  /** When the article was first published: JSON-LD `datePublished`, `article:published_time`, `date` (as stated). */
  readonly published?: string
  /** When it was last changed: JSON-LD `dateModified`, `article:modified_time`, `og:updated_time`. */
  readonly modified?: string
  /** The page's summary: JSON-LD `description`, `og:description`, `description`. */
  readonly description?: string
  /** Keywords and tags, each once, in order: JSON-LD `keywords`, `article:tag`, `news_keywords`, `keywords`. */
  readonly keywords?: readonly string[]
}

/** The anatomy of a news article. */
export interface Article {
  /** The headline; absent when none was found (a `no-headline` message says so). */
  readonly headline?: Block
  /** The standfirst (dek, subheadline) under the headline. */
  readonly dek?: Block
  /** The byline. */
  readonly byline?: Byline
  /** The dateline that opens the first paragraph. */
  readonly dateline?: Dateline
  /**
   * When the article was published, as the page states it (HTML input:
   * JSON-LD `datePublished`, `article:published_time`, or a `<time datetime>`
   * under the headline; Markdown input: the front matter's `date`), e.g.
   * `"2024-05-02T10:00:00Z"`. Its position is that of the element or value
   * stating it.
   */
  readonly published?: Block
  /**
   * What the page states about itself: language, site name, canonical URL,
   * lead image, times, description, keywords (see {@link ArticleMetadata}).
   * HTML input only; absent for text and Markdown.
   */
  readonly metadata?: ArticleMetadata
  /** Photo captions, in order, each once. */
  readonly captions: readonly Caption[]
  /** The body, in sections. */
  readonly sections: readonly Section[]
  /** Contributor lines. */
  readonly credits: readonly Credit[]
  /** Lines recognised as page furniture (menus, share buttons) and left out. */
  readonly boilerplate: readonly Block[]
  /** Every piece of quoted and reported speech, in order. */
  readonly quotes: readonly Quote[]
  /** Each distinct speaker once, in order of first quote. */
  readonly speakers: readonly SpeakerSummary[]
  /**
   * The people, organisations and places the article names, in order of first
   * mention (see {@link Entity}). Read from the headline, dek, body and
   * captions (a photographer's credit left out); the byline, contributor
   * lines and page furniture are left out. Names are runs of capitalised
   * words; a word capitalised only because it opens a sentence, months and
   * week days, demonyms and a title-case headline's own words do not count.
   * Titles, appositions (`Ana Lowe, a spokesperson`), organisation and place
   * words (`Association`, `the province of …`), compromise's lexicon, the
   * dateline and the speakers found by attribution decide each kind.
   *
   * Computed on first read from a copy of what the parse found (editing
   * `quotes` first changes nothing here), then kept; an ordinary enumerable,
   * assignable property, so `JSON.stringify` and spreading include it. Cost: a pass over the words,
   * plus compromise's tagger over the sentences of names still in doubt (at
   * most a fifth of the article's text). Reading it roughly doubles to
   * quadruples the time of the parse; parse and entities together stay well
   * under one compromise `nlp(text)` pass (about 0.4 × on the development
   * corpus, see `npm run bench`).
   */
  readonly entities: readonly Entity[]
  /** Findings about the input. */
  readonly messages: readonly Message[]
  /**
   * The language of the article as a BCP 47 tag: `options.lang` when given,
   * otherwise told from the words of its headline, dek and paragraphs (`"en"`,
   * `"de"`, `"ja"`, `"und-Cyrl"` for a language in Cyrillic script), or `"und"`
   * when there is too little text to tell. When it is not English, quotes,
   * speakers and entities are left empty and a `not-english` message says so.
   */
  readonly lang: string
}

/**
 * The input formats `parseArticle` reads.
 *
 * - `text`: plain text, blocks separated by blank lines or single newlines.
 * - `html`: a whole web page (or a fragment); the story is found among the
 *   page's menus, teasers and footers, and headline, standfirst, byline and
 *   date come from its metadata (schema.org JSON-LD, Open Graph) where stated.
 * - `markdown`: CommonMark; `#` headline, `##` sections, images as captions
 *   (a title that is a photo credit gives the caption's `credit`), YAML or
 *   TOML front matter as metadata (title, author, date, description).
 * - `auto`: HTML when the input opens with markup, Markdown when it opens with
 *   a `#` heading or front matter or has several Markdown marks, plain text otherwise.
 *
 * For `html` and `markdown`, a {@link Block}'s `text` is the decoded text a
 * reader sees (character references decoded, markup and emphasis marks
 * removed, white space collapsed), and its `position` spans the source of that
 * text, from its first to its last character with the markup in between; so
 * `input.slice(...)` gives the source, not `text`. A value read from page
 * metadata (`<meta>`, JSON-LD) has the position of that element. For `text`,
 * `text === input.slice(start.offset, end.offset)` always holds.
 */
export type InputFormat = 'auto' | 'text' | 'html' | 'markdown'

/** Options for {@link parseArticle}. */
export interface ParseOptions {
  /**
   * The format of the input; see {@link InputFormat}.
   *
   * @default 'auto'
   */
  readonly format?: InputFormat
  /**
   * The language of the article as a BCP 47 tag (`'en'`, `'en-GB'`, `'de'`),
   * instead of the one told from its words. Quotes, speakers and entities are
   * read only when it is English (`en`, `en-…`) or undetermined (`und`).
   *
   * @default 'auto'
   */
  readonly lang?: string
}
