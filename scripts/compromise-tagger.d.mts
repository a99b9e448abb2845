import type {Plugin} from 'esbuild'

/** compromise's `src/` folder. */
export function compromiseSource(): string
/** The module that builds the trimmed `nlp`, importing compromise's modules from `source`. */
export function taggerEntry(source?: string): string
/** compromise's license, as a legal comment. */
export function taggerNotice(source?: string): string
/** The trimmed tagger as one ES module (default export: `nlp`). */
export function buildTagger(options?: {minify?: boolean}): Promise<string>
/** The file the ESM build writes the tagger to, beside its chunks. */
export const taggerFile: string
/** An esbuild plugin that serves `compromise/two` as the trimmed tagger. */
export function taggerPlugin(options?: {file?: boolean}): Plugin
