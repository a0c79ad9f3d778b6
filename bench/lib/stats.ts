/** Nearest-rank percentile of an ascending list; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)] ?? NaN
}

export const sortedCopy = (values: readonly number[]) => [...values].sort((a, b) => a - b)

/** Median; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
  const s = sortedCopy(values.filter((v) => Number.isFinite(v)))
  if (s.length === 0) return NaN
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2
}

export const round = (value: number, digits = 1) => {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** The median of each numeric field over several runs of the same measurement. */
export function medianOf<T extends Record<string, number>>(runs: readonly T[]): T {
  const first = runs[0]
  if (!first) throw new Error('medianOf needs at least one run')
  const out: Record<string, number> = {}
  for (const key of Object.keys(first)) out[key] = round(median(runs.map((r) => r[key] ?? NaN)), 2)
  return out as T
}
