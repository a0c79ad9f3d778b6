import type { z } from 'zod'

const caches = new WeakMap<z.ZodType, WeakMap<object, unknown>>()

/**
 * A node config parsed with one of the lenient node-config schemas, remembered per config
 * object. The query cache keeps unchanged nodes' objects across edits (structural sharing), so
 * after an edit only the edited node is parsed again. Treat the result as read-only.
 */
export function parseConfig<S extends z.ZodType>(
  schema: S,
  config: Record<string, unknown>,
): z.output<S> {
  let cache = caches.get(schema)
  if (!cache) {
    cache = new WeakMap()
    caches.set(schema, cache)
  }
  const known = cache.get(config)
  if (known !== undefined) return known as z.output<S>
  const parsed = schema.parse(config)
  cache.set(config, parsed)
  return parsed
}
