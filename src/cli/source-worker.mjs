// The parsing thread when the command runs from the sources (`tsx
// src/cli/index.ts`, and the tests): worker threads do not inherit tsx's
// loader on Node 20, so register it here, then load worker.ts. Not part of the
// build: the built command starts dist/cli/worker.js directly.
import {register} from 'tsx/esm/api'

register()
await import(new URL('./worker.ts', import.meta.url).href)
