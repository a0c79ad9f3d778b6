import { z } from 'zod'

// Imported first by the entry, before any schema is built (zod reads the setting then).
// Schemas check API answers without compiling a parser per object shape with `new Function`:
// the production CSP (`script-src 'self'`, no eval) forbids it, so the console parses this way
// as deployed; the setting makes the dev server and `vite preview` (the benchmark) do the same,
// and skips zod's probe for eval.
z.config({ jitless: true })
