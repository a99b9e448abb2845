import {defineConfig} from 'tsup'
import {taggerPlugin} from './scripts/compromise-tagger.mjs'

// The library's entry points: `news-anatomy`, the light entries and the unified plugin.
const library = {
  index: 'src/index.ts',
  text: 'src/text.ts',
  html: 'src/html.ts',
  markdown: 'src/markdown.ts',
  unified: 'src/unified/index.ts'
}

// The same entries' declarations, as tsc wrote them (tsconfig.build.json).
const types = Object.fromEntries(Object.entries(library).map(([name, file]) => [name, file.replace(/^src\//, '.cache/types/').replace(/\.ts$/, '.d.ts')]))

// The CommonJS build bundles the ESM-only dependencies (parse-english and
// its unist helpers, the HTML and Markdown parsers), so `require` works on
// every Node >= 20, including those without require(esm).
const esmOnly = [/^parse-english/, /^parse-latin/, /^nlcst-/, /^unist-/, /^unified/, /^vfile/, /^bail/, /^devlop/, /^is-plain-obj/, /^trough/, /^extend/,
  // HTML and Markdown input.
  /^hast/, /^mdast-util/, /^micromark/, /^character-entities/, /^comma-separated-tokens/, /^decode-named-character-reference/, /^property-information/, /^space-separated-tokens/, /^web-namespaces/,
  /^parse5/, /^entities/]

// src/lexicon/layout.ts imports every word list first, for the bundle's layout
// (0.81 KiB min+gzip less); esbuild follows those imports for the order and
// drops them, as every module is free of side effects, and would warn that
// they do nothing.
const quiet = (options: {logOverride?: Record<string, string>}) => {
  options.logOverride = {...options.logOverride, 'ignored-bare-import': 'silent'}
}

// No source maps in the package (they were three quarters of it); each build
// writes every module once: shared chunks (`splitting`) between the entries,
// and the CLI in the same ESM build as the library, so it adds only its own code.
export default defineConfig([
  {
    // ESM: every dependency stays external. The CLI is Node only; its entry
    // starts with `#!/usr/bin/env node`, which esbuild keeps, and its worker
    // sits at ./worker.js beside it.
    entry: {...library, 'cli/index': 'src/cli/index.ts', 'cli/worker': 'src/cli/worker.ts'},
    format: ['esm'],
    splitting: true,
    sourcemap: false,
    // ES2022, which Node 20 runs whole. For an engine target such as 'node20'
    // esbuild writes every regular expression with \p{…} as `new RegExp("…", "u")`
    // (evanw/esbuild#3471), which is longer in a bundle (0.19 KiB min+gzip here) and
    // built again on each call of a function that holds one; for an ES target it
    // keeps them as literals.
    target: 'es2022',
    platform: 'neutral',
    // Syntax minified (names and layout kept): bundlers minify again, yet the
    // browser bundle of parseArticle is 0.16 KiB min+gzip smaller from it.
    minifySyntax: true,
    external: [/^node:/],
    // What bundlers read: compromise's tagger comes with it, built without the
    // plugins this library never calls (scripts/compromise-tagger.mjs; no
    // bundler can drop them from compromise/two: 12 KiB min+gzip less), as
    // dist/compromise-tagger.js, which the chunks import.
    noExternal: [/^compromise\/two$/],
    esbuildPlugins: [taggerPlugin({file: true})],
    esbuildOptions: quiet
  },
  {
    entry: library,
    format: ['cjs'],
    splitting: true,
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    // `require` loads compromise/two from the dependency (Node only: no bundler reads this build).
    noExternal: esmOnly,
    esbuildOptions: quiet
  },
  {
    // The types, once for both: index.d.ts beside index.js, index.d.cts beside index.cjs,
    // bundled from the declarations `tsc -p tsconfig.build.json` wrote (`npm run build`
    // runs it first). From the sources, tsup's type bundler type-checked all of src
    // once per folder of entries (three times: 53 s of a 60 s build).
    entry: types,
    format: ['esm', 'cjs'],
    dts: {entry: types, only: true},
    target: 'node20'
  }
])
