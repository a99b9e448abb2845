// The CLI's parsing thread run from the sources (tests): tsx compiles
// src/cli/worker.ts on the fly, as the build would.
import {register} from 'tsx/esm/api'

register()
await import(new URL('../../src/cli/worker.ts', import.meta.url).href)
