// A worker thread for test/adversarial/deep-story.test.ts: parses the page it is given from the sources and posts the
// article back as JSON. Worker threads do not inherit tsx's loader on Node 20, so register it here.
import {parentPort, workerData} from 'node:worker_threads'
import {register} from 'tsx/esm/api'

register()
const {parseArticle} = await import(new URL('../../src/index.ts', import.meta.url).href)
parentPort.postMessage(JSON.stringify(parseArticle(workerData, {format: 'html'})))
