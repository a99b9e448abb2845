// Every word list, imported here in one place so that bundlers write them as
// one block at the front of the bundle: `src/parse-article-with.ts` imports
// this file first, and a bundler lays out modules in the order they are first
// imported (esbuild follows these imports for the order even though it drops
// them, every module here being free of side effects; tsup.config.ts silences
// its warning that they do nothing). Scattered among the code that reads them,
// the lists cost gzip more: the browser bundle of parseArticle is 0.81 KiB
// smaller (min+gzip, `node scratch/bsize.mjs`) with them first, in this order,
// which keeps lists that share words side by side (people and organisations,
// then the grammar words and cue verbs, then page furniture and captions).
// A new file in src/lexicon/ belongs here too. Nothing here runs: each module
// only defines its lists.
import './byline-words.js'
import './relative-objects.js'
import './addressee-words.js'
import './organization-words.js'
import './member-words.js'
import './speaker-titles.js'
import './document-nouns.js'
import './front-matter-keys.js'
import './entity-cues.js'
import './language-words.js'
import './stopwords.js'
import './speaker-phrase-words.js'
import './reported-clause-words.js'
import './pronouns.js'
import './auxiliaries.js'
import './modals.js'
import './function-words.js'
import './speech-objects.js'
import './cue-verbs.js'
import './title-small-words.js'
import './caption-words.js'
import './boilerplate.js'
import './photo-credits.js'
import './credit-phrases.js'
import './caption-markers.js'
import './name-line-openers.js'
import './calendar-words.js'
