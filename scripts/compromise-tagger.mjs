// compromise's tagger (`compromise/two`) without the plugins news-anatomy
// never calls, for the ESM build and the playground (tsup.config.ts,
// scripts/build-playground.ts). compromise's package exports only whole
// builds (`compromise/one`, `/two`, `/three`), whose plugins a bundler cannot
// drop (each one extends the View when the build is loaded), so this file
// assembles the same world from compromise's own modules, in compromise's own
// order (src/one.js, then src/two.js), leaving out what only the View's
// methods use: output (.text(), .json(), .debug()), change (.insert(),
// .replace(): its `id` compute stays, the tagger's hooks run it), typeahead (a
// no-op without a prefix model), lookup (.lookup(), nlp.buildTrie()), the
// contractions API (.contractions(): its compute stays), the View methods of
// match, pointers and tag (.match(), .union(), .tag(): their methods stay),
// lazy and swap; and, of the plugins it keeps, the parts nothing but a View
// method or a caller's own `compute(name)` reaches: freeze's .freeze(),
// .isFrozen() and .debug('frozen') (its compute, hook, `@isFrozen` and the
// .unfreeze() the post-tagger calls stay), the sweep's nlp.buildNet() and
// first matcher (replaced below; .sweep(), which the post-tagger calls,
// stays), the post-tagger's .confidence() and .tagger(), match's
// nlp.parseMatch(), the lexicon's nlp.addWords() with the expander only it
// calls (no kept plugin brings words and news-anatomy passes nlp() no
// lexicon; the pre-tagger's model expands its own), the pointer methods only
// the View's .union() and the like call (splitAll, indexN, termList), tag's
// canBe (the sweep has its own), the View's methods from API/methods/ but
// .compute() (.terms(), .eq(), .forEach(), …: see viewMethods below), and the
// computes no hook and no kept code runs: `root` and `penn` (the
// pre-tagger's), `tagRank` (only `penn` read it), `freq` and `wordCount` (the
// tokenizer's). The lexicon, tag set, hooks and the computes the tagger runs
// are compromise's, so every term gets the same tags
// (test/package/compromise-tagger.test.ts compares them with compromise/two;
// news-anatomy reads only tags, text and offsets).
import {build} from 'esbuild'
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** compromise's `src/` folder (its package exports do not reach in, so it is found from the exported `compromise/two`). */
export function compromiseSource() {
  return path.dirname(fileURLToPath(import.meta.resolve('compromise/two')))
}

// compromise's sweep (1-one/sweep/methods/sweep/index.js: the post-tagger's
// ~1,000 patterns over every comma-separated piece) with a faster first step.
// Its getHooks looks every key of the patterns' index up in each piece's set
// of words and tags (a fifth of the tagger's time); this one walks the piece's
// own set and sorts what it finds into the index's key order, so each piece
// gets the same patterns in the same order, first of each pattern kept.
const fastSweep = `const keyOrders = new WeakMap()
const getHooks = function (docCaches, hooks) {
  let order = keyOrders.get(hooks)
  const keys = Object.keys(hooks)
  if (!order || order.size !== keys.length) {
    order = new Map(keys.map((key, index) => [key, index]))
    keyOrders.set(hooks, order)
  }
  return docCaches.map((set) => {
    const found = []
    for (const key of set) if (order.has(key)) found.push(key)
    found.sort((a, b) => order.get(a) - order.get(b))
    const already = new Set()
    const maybe = []
    for (const key of found) {
      for (const m of hooks[key]) {
        const name = String(m.match)
        if (already.has(name)) continue
        already.add(name)
        maybe.push(m)
      }
    }
    return maybe
  })
}
const bulkMatch = function (document, net, methods, opts = {}) {
  const docCache = methods.one.cacheDoc(document)
  let maybeList = getHooks(docCache, net.hooks)
  maybeList = trimDown(maybeList, docCache, document)
  if (net.always.length > 0) maybeList = maybeList.map((arr) => arr.concat(net.always))
  maybeList = maybeList.map((arr, i) => arr.filter((o) => document[i].length >= o.minWords))
  return runMatch(maybeList, document, docCache, methods, opts)
}
`

// compromise's freeze plugin (1-one/freeze/plugin.js) without what only the
// View's methods and .debug() use: its compute and hook, the `@isFrozen` term
// method match patterns may name, and the `.unfreeze()` the post-tagger calls.
const freezeParts = `const freezeApi = function (View) {
  View.prototype.unfreeze = function () {
    this.compute('unfreeze')
  }
}
const freezeMutate = function (world) {
  world.methods.one.termMethods.isFrozen = (term) => term.frozen === true
}
`

/**
 * The module that builds the trimmed `nlp`, importing compromise's modules from `source`
 * (bundled by {@link buildTagger}, whose `viewMethods` plugin trims the View's methods too).
 *
 * The order of the imports is the bundle's layout, chosen for gzip, which
 * looks back 32 KiB for text to repeat and codes each block's bytes by their
 * frequency: the two tables that are no code come first, the packed lexicon
 * (`2-two/preTagger/model/lexicon/_data.js`, 66 KiB of strings) and the
 * tokenizer's table of accented letters (`1-one/tokenize/model/unicode.js`),
 * so they do not split compromise's code where their modules would put them,
 * and the pre-tagger's compute comes before its model. Measured as an app
 * bundles it (esbuild, min+gzip): 0.82 KiB less for the lexicon first with
 * the compute before the model (0.38 and 0.07 apart), 0.23 more for the
 * table. The modules moved only define data and functions when they load
 * (the model's module, which unpacks the lexicon, imports what it runs; the
 * table's fills an object of its own), so the world is set up the same in
 * any of these orders.
 */
export function taggerEntry(source = compromiseSource()) {
  const from = (file) => JSON.stringify(path.join(source, file))
  return `import ${from('2-two/preTagger/model/lexicon/_data.js')}
import ${from('1-one/tokenize/model/unicode.js')}
import nlp from ${from('nlp.js')}
import idCompute from ${from('1-one/change/compute/index.js')}
import contractions from ${from('1-one/contraction-one/plugin.js')}
import freezeCompute from ${from('1-one/freeze/compute.js')}
import lexiconCompute from ${from('1-one/lexicon/compute/index.js')}
import matchMethods from ${from('1-one/match/methods/index.js')}
import getDoc from ${from('1-one/pointers/methods/getDoc.js')}
import sweepApi from ${from('1-one/sweep/api.js')}
import buildNet from ${from('1-one/sweep/methods/buildNet/index.js')}
import bulkTagger from ${from('1-one/sweep/methods/tagger/index.js')}
import setTag from ${from('1-one/tag/methods/setTag.js')}
import unTag from ${from('1-one/tag/methods/unTag.js')}
import addTags from ${from('1-one/tag/methods/addTags/index.js')}
import tagLib from ${from('1-one/tag/lib.js')}
import tokenizeMethods from ${from('1-one/tokenize/methods/index.js')}
import tokenizeModel from ${from('1-one/tokenize/model/index.js')}
import alias from ${from('1-one/tokenize/compute/alias.js')}
import normal from ${from('1-one/tokenize/compute/normal/index.js')}
import machine from ${from('1-one/tokenize/compute/machine.js')}
import offset from ${from('1-one/tokenize/compute/offset.js')}
import reindex from ${from('1-one/tokenize/compute/reindex.js')}
import cache from ${from('1-one/cache/plugin.js')}
import preTagger from ${from('2-two/preTagger/compute/tagger/index.js')}
import preTagMethods from ${from('2-two/preTagger/methods/index.js')}
import preTagModel from ${from('2-two/preTagger/model/index.js')}
import preTagTags from ${from('2-two/preTagger/tagSet/index.js')}
import contractionTwoCompute from ${from('2-two/contraction-two/compute/index.js')}
import postTagCompute from ${from('2-two/postTagger/compute/index.js')}
import postTagModel from ${from('2-two/postTagger/model/index.js')}
import trimDown from ${from('1-one/sweep/methods/sweep/02-trim-down.js')}
import runMatch from ${from('1-one/sweep/methods/sweep/04-runMatch.js')}
${fastSweep}${freezeParts}nlp.extend({compute: idCompute})
nlp.extend({methods: matchMethods})
nlp.extend({methods: {one: {getDoc}}})
nlp.extend({model: {one: {tagSet: {}}}, methods: {one: {setTag, unTag, addTags}}, lib: tagLib})
nlp.plugin(contractions)
const termLoop = (fn) => (view) => {
  const docs = view.docs
  for (let i = 0; i < docs.length; i += 1) {
    for (let t = 0; t < docs[i].length; t += 1) fn(docs[i][t], view.world)
  }
}
nlp.extend({
  compute: {alias: termLoop(alias), machine: termLoop(machine), normal: termLoop(normal), offset, index: reindex},
  methods: tokenizeMethods,
  model: tokenizeModel,
  hooks: ['alias', 'machine', 'index', 'id']
})
nlp.extend({compute: freezeCompute, hooks: ['freeze'], api: freezeApi, mutate: freezeMutate})
nlp.plugin(cache)
nlp.extend({model: {one: {lexicon: {}, _multiCache: {}, frozenLex: {}}}, compute: lexiconCompute, hooks: ['lexicon']})
nlp.extend({api: sweepApi, methods: {one: {buildNet, bulkMatch, bulkTagger}}})
nlp.plugin({compute: {preTagger}, methods: preTagMethods, model: preTagModel, tags: preTagTags, hooks: ['preTagger']})
nlp.plugin({compute: contractionTwoCompute, hooks: ['contractionTwo']})
nlp.plugin({compute: postTagCompute, model: postTagModel, hooks: ['postTagger']})
export default nlp
`
}

/** compromise's license, as a legal comment that bundlers keep with the copy (MIT: the notice goes with every copy). */
export function taggerNotice(source = compromiseSource()) {
  const version = /'([^']+)'/.exec(readFileSync(path.join(source, '_version.js'), 'utf8'))?.[1] ?? ''
  const license = readFileSync(path.join(source, '../LICENSE'), 'utf8').trim().replaceAll('*/', '* /')
  return `/*! news-anatomy bundles compromise ${version} (https://github.com/spencermountain/compromise): its tagger, without the plugins it never calls.\n${license}\n*/`
}

/**
 * An esbuild plugin that gives compromise's View class (`API/View.js`) only
 * the one method of `API/methods/` the tagger calls, `.compute()`, and not the
 * others, which only callers use (.terms(), .eq(), .forEach(), .map(), …;
 * the View's own methods in View.js, such as .update() and .fromText(), stay).
 * The build fails when View.js no longer makes that import.
 *
 * @param {string} source compromise's `src/` folder
 * @returns {import('esbuild').Plugin}
 */
function viewMethods(source) {
  const view = path.join(source, 'API/View.js')
  let redirected = false
  return {
    name: 'compromise-view-methods',
    setup(plugin) {
      plugin.onResolve({filter: /^\.\/methods\/index\.js$/}, (args) => {
        if (args.importer !== view) return undefined
        redirected = true
        return {path: path.join(source, 'API/methods/compute.js')}
      })
      // Loud, not silent, when a compromise update moves the import this trims.
      plugin.onEnd(() => {
        if (!redirected) throw new Error(`compromise-view-methods: ${view} no longer imports ./methods/index.js; update scripts/compromise-tagger.mjs`)
      })
    }
  }
}

/** A `reason: '…'` entry of a post-tagger rule, with the comma that joins it to the rule's other entries. */
const reasonEntry = /,\s*reason:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")|reason:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")\s*,\s*/g

/**
 * An esbuild plugin that leaves out the `reason` of each post-tagger rule
 * (`{match: '#Copula [#Noun] #LastName', tag: 'FirstName', reason:
 * 'copula-noun-lastname'}`): compromise reads it only to log why a tag was set
 * when `DEBUG_TAGS` is on (`1-one/sweep/methods/tagger/index.js` falls back
 * to the rule's `match`), which news-anatomy never turns on, and its 570
 * strings are about 3.8 KiB of the min+gzip browser bundle. The rules
 * themselves, and so every tag, stay the same (the tagger test compares the
 * tags with compromise/two's). The build fails when no reason is found, so a
 * compromise update that moves them is noticed.
 *
 * @param {string} source compromise's `src/` folder
 * @returns {import('esbuild').Plugin}
 */
function withoutReasons(source) {
  const models = path.join(source, '2-two/postTagger/model') + path.sep
  let stripped = 0
  return {
    name: 'compromise-without-reasons',
    setup(plugin) {
      plugin.onLoad({filter: /\.js$/}, (args) => {
        if (!args.path.startsWith(models)) return undefined
        const contents = readFileSync(args.path, 'utf8').replace(reasonEntry, () => {
          stripped++
          return ''
        })
        return {contents, loader: 'js'}
      })
      plugin.onEnd(() => {
        if (stripped === 0) throw new Error(`compromise-without-reasons: no rule reasons under ${models}; update scripts/compromise-tagger.mjs`)
      })
    }
  }
}

/**
 * The trimmed tagger as one minified ES module (its default export is `nlp`).
 *
 * compromise's modules are bundled into a function that runs on the first
 * call of `nlp` or the first read of one of its properties, not when the
 * module loads: unpacking the lexicon and setting the world up is
 * most of the tagger's load time, and a program that parses articles but never
 * reads `entities` (or reads them later) should not wait for it at import.
 *
 * @param {{minify?: boolean}} [options]
 * @returns {Promise<string>}
 */
export async function buildTagger({minify = true} = {}) {
  const source = compromiseSource()
  const result = await build({
    stdin: {contents: taggerEntry(source), resolveDir: source, sourcefile: 'compromise-tagger.js'},
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    minify,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [viewMethods(source), withoutReasons(source)]
  })
  const bundle = result.outputFiles[0].text
  return `${taggerNotice(source)}\n${deferred(minify ? await smaller(bundle) : bundle)}`
}

/**
 * `bundle` minified again by terser, which packs compromise's code about 3 %
 * smaller than esbuild (two compress passes, top-level names mangled: the
 * bundle is one module with one export). Semantics-preserving; the tagger
 * test holds the result to compromise/two's tags.
 *
 * terser takes about 6.5 CPU seconds here, and `npm test` minifies the same
 * bundle three times besides the build (the clean checkout's build in the
 * packaging test, the tagger test, the playground), so its output is kept in
 * node_modules/.cache/news-anatomy/, named by a hash of the bundle, terser's
 * version and the options: the same input gives the same bytes.
 *
 * @param {string} bundle
 * @returns {Promise<string>}
 */
async function smaller(bundle) {
  const options = {module: true, compress: {passes: 2}, mangle: {toplevel: true}, format: {comments: false}}
  const terserPackage = fileURLToPath(import.meta.resolve('terser/package.json'))
  const {version} = JSON.parse(readFileSync(terserPackage, 'utf8'))
  const key = createHash('sha256').update(JSON.stringify([version, options, bundle])).digest('hex')
  const cached = path.join(terserPackage, '../../.cache/news-anatomy', `compromise-tagger-${key.slice(0, 32)}.js`)
  try {
    return readFileSync(cached, 'utf8')
  } catch {
    // Not made yet: minify below.
  }
  const {minify} = await import('terser')
  const result = await minify(bundle, options)
  if (result.code === undefined) throw new Error('compromise-tagger: terser gave no code')
  try {
    // Written whole, then renamed: a build running beside this one reads the whole file or none.
    mkdirSync(path.dirname(cached), {recursive: true})
    const partial = `${cached}.${process.pid}.tmp`
    writeFileSync(partial, result.code)
    renameSync(partial, cached)
  } catch {
    // A read-only node_modules: no cache, the same output.
  }
  return result.code
}

/**
 * An ES module whose default export stands for the default export of `bundle`
 * (an esbuild ES module bundle with no imports and one export statement, its
 * last), whose code runs once, when the export is first called or read.
 *
 * @param {string} bundle
 * @returns {string}
 */
function deferred(bundle) {
  const exported = /export\s*\{\s*([\w$]+) as default\s*\};?\s*$/.exec(bundle)
  if (!exported || /\b(?:import|export)\s*[{*]|\bimport\s*\(/.test(bundle.slice(0, exported.index))) {
    throw new Error('compromise-tagger: the tagger bundle must end with its one export statement and import nothing')
  }
  return `let loaded
function load() {
  if (loaded === undefined) {
    loaded = (() => {
${bundle.slice(0, exported.index)}
      return ${exported[1]}
    })()
  }
  return loaded
}
export default new Proxy(() => {}, {
  apply: (target, self, args) => Reflect.apply(load(), self, args),
  get: (target, key) => Reflect.get(load(), key),
  has: (target, key) => Reflect.has(load(), key)
})
`
}

/** The file the ESM build writes the tagger to, beside its chunks. */
export const taggerFile = 'compromise-tagger.js'

/**
 * An esbuild plugin that serves `compromise/two` as the trimmed tagger.
 *
 * @param {{file?: boolean}} [options] `file`: write the tagger as it is built
 *   (minified, with its license) to {@link taggerFile} in the build's output
 *   folder and import it from there (the ESM build: its chunks sit in that
 *   folder); otherwise bundle it in (the playground).
 * @returns {import('esbuild').Plugin}
 */
export function taggerPlugin({file = false} = {}) {
  let code
  return {
    name: 'compromise-tagger',
    setup(plugin) {
      plugin.onResolve({filter: /^compromise\/two$/}, () =>
        file ? {path: `./${taggerFile}`, external: true} : {path: 'compromise-tagger', namespace: 'compromise-tagger'}
      )
      plugin.onLoad({filter: /.*/, namespace: 'compromise-tagger'}, async () => ({contents: (code ??= await buildTagger()), loader: 'js'}))
      if (file) {
        plugin.onEnd(async (result) => {
          if (result.errors.length > 0) return
          const outdir = plugin.initialOptions.outdir ?? path.dirname(plugin.initialOptions.outfile ?? '')
          mkdirSync(outdir, {recursive: true})
          writeFileSync(path.join(outdir, taggerFile), (code ??= await buildTagger()))
        })
      }
    }
  }
}
