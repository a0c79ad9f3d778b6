import { fixedDelayMs, pcaField } from './config-readers'
import type { LeadFacts } from './lead-facts'
import { parseCallbackTime } from './pca-time'

/** Undocumented: a PCA time that is missing or unreadable holds for this long (contract §7.4). */
export const PCA_FALLBACK_MS = 3_600_000

export type Hold = {
  releaseAt: number
  /** Where the time came from; `pca_unparseable` when the fallback was used. */
  source: 'fixed' | 'pca' | 'pca_unparseable' | 'none'
  /** The post-call-analysis field read, when the hold reads one. */
  field: string | null
}

/** When a lead entering a TIME step at `now` is released (contract §7.4). */
export function holdRelease(config: Record<string, unknown>, facts: LeadFacts, now: number): Hold {
  const fixed = fixedDelayMs(config)
  const field = pcaField(config)
  if (fixed !== null || !field)
    return { releaseAt: now + (fixed ?? 0), source: fixed === null ? 'none' : 'fixed', field: null }
  const parsed = parseCallbackTime(facts.callAttributes[field], now)
  if (parsed === null) return { releaseAt: now + PCA_FALLBACK_MS, source: 'pca_unparseable', field }
  return { releaseAt: parsed > now ? parsed : now + PCA_FALLBACK_MS, source: 'pca', field }
}
