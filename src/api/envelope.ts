import { z } from 'zod'

/**
 * The docs show several envelopes (contract §14.25): bare objects, `{data, meta}`, and the
 * tier-C `{statusCode, message, data}`. `unwrap` removes the tier-C wrapper once.
 */
export function unwrap(body: unknown): unknown {
  if (body && typeof body === 'object' && 'statusCode' in body && 'data' in body) {
    return (body as { data: unknown }).data
  }
  return body
}

export type PageMeta = { page: number; limit: number; total: number; totalPages: number }

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)

/** Root arrays, `{data}`, `{items}`; tier-A or tier-C meta; or none ("everything on one page"). */
function normaliseList(raw: unknown): unknown {
  const body = unwrap(raw)
  if (Array.isArray(body)) return { data: body, meta: {} }
  if (!body || typeof body !== 'object') return body
  const b = body as Record<string, unknown>
  const meta = (b.meta && typeof b.meta === 'object' ? b.meta : b) as Record<string, unknown>
  return {
    data: b.data ?? b.items,
    meta: {
      page: num(meta.page) ?? num(meta.currentPage),
      limit: num(meta.limit) ?? num(meta.itemsPerPage),
      total: num(meta.total) ?? num(meta.totalItems),
      totalPages: num(meta.totalPages),
    },
  }
}

const metaSchema = z.object({
  page: z.number().optional(),
  limit: z.number().optional(),
  total: z.number().optional(),
  totalPages: z.number().optional(),
})

export function listSchema<T extends z.ZodType>(item: T) {
  return z.preprocess(
    normaliseList,
    z.object({ data: z.array(item), meta: metaSchema }).transform(({ data, meta }) => {
      const total = meta.total ?? data.length
      const limit = meta.limit ?? Math.max(data.length, 1)
      const page = meta.page ?? 1
      const totalPages = meta.totalPages ?? Math.max(1, Math.ceil(total / limit))
      return { data, meta: { page, limit, total, totalPages } satisfies PageMeta }
    }),
  )
}
