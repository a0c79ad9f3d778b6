import { badRequest } from './errors'

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100

export type PageRequest = { page: number; limit: number }
export type PageMeta = { page: number; limit: number; total: number; totalPages: number }

function positiveInt(params: URLSearchParams, name: string, fallback: number, problems: string[]) {
  const raw = params.get(name)
  if (raw === null || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) {
    problems.push(`${name} must be a positive integer`)
    return fallback
  }
  return value
}

/** `page`/`limit` per contract §1.4; `limit` above 100 is a 400. */
export function parsePageRequest(params: URLSearchParams, problems: string[] = []): PageRequest {
  const page = positiveInt(params, 'page', 1, problems)
  const limit = positiveInt(params, 'limit', DEFAULT_LIMIT, problems)
  if (limit > MAX_LIMIT) problems.push(`limit must not be greater than ${MAX_LIMIT}`)
  return { page, limit }
}

export function throwIfProblems(problems: string[]) {
  if (problems.length > 0) throw badRequest(problems)
}

export function paginate<T>(
  items: T[],
  { page, limit }: PageRequest,
): { data: T[]; meta: PageMeta } {
  const start = (page - 1) * limit
  return {
    data: items.slice(start, start + limit),
    meta: { page, limit, total: items.length, totalPages: Math.ceil(items.length / limit) },
  }
}
