import {defineConfig} from 'tsup'

// ESM keeps every dependency external. The CommonJS build bundles the
// ESM-only ones (parse-english and its unist helpers), so `require` works on
// every Node >= 20, including those without require(esm).
const esmOnly = [/^parse-english/, /^parse-latin/, /^nlcst-/, /^unist-/, /^unified/, /^vfile/, /^bail/, /^devlop/, /^is-plain-obj/, /^trough/, /^extend/,
  // HTML and Markdown input.
  /^hast/, /^mdast-util/, /^micromark/, /^character-entities/, /^comma-separated-tokens/, /^decode-named-character-reference/, /^property-information/, /^space-separated-tokens/, /^web-namespaces/,
  /^parse5/, /^entities/]

export default defineConfig([
  {
    entry: {index: 'src/index.ts', unified: 'src/unified/index.ts'},
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral'
  },
  {
    entry: {index: 'src/index.ts', unified: 'src/unified/index.ts'},
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    noExternal: esmOnly
  },
  {
    // The `news-anatomy` command and its worker thread: Node only, ESM, each
    // file whole (no shared chunks) so the worker sits at ./worker.js beside it.
    entry: {'cli/index': 'src/cli/index.ts', 'cli/worker': 'src/cli/worker.ts'},
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    banner: {js: '#!/usr/bin/env node'}
  }
])
