// structuredClone is a global of both Node and browsers, but of neither ES2023's lib nor the ES-only check of src
// (tsconfig.core.json): its signature as lib.dom.d.ts and @types/node give it.
declare function structuredClone<T = any>(value: T, options?: {transfer?: unknown[]}): T
