import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useRef } from 'react'
import { leadQueries } from '../../api/leads'
import { statsQueries, type WorkflowStats, type WorkflowTotalsData } from '../../api/stats'
import type { WorkflowStatus } from '../../domain/workflow-status'

/** How often the live view refreshes while the workflow is active. */
export const LIVE_POLL_MS = 1_500
/** Without the stats endpoint the totals take five list requests: a real API gets them less often. */
export const FALLBACK_POLL_MS = 5_000

/** What the canvas's `liveStats` prop takes. */
export type LiveStats = Pick<WorkflowStats, 'nodes' | 'edges'>

export type LiveStatsResult = {
  /** Totals always (from the stats endpoint, or derived from the leads list); node/edge counts only from the endpoint. */
  stats: WorkflowStats | null
  /** Per-node and per-edge counts for the canvas; `null` without the stats endpoint or for drafts. */
  liveStats: LiveStats | null
}

/** Without the mock's stats endpoint, totals come from one tiny leads query per status (`limit=1`, read `meta.total`). */
const FALLBACK_FILTERS: { key: keyof WorkflowTotalsData; status?: string }[] = [
  { key: 'enrolled' },
  { key: 'active', status: 'active' },
  { key: 'converted', status: 'completed' },
  { key: 'dropped', status: 'dropped' },
  { key: 'pending', status: 'pending' },
]

/**
 * Live counts of one workflow. Polls every {@link LIVE_POLL_MS} only while the workflow is active;
 * on any status change it refreshes once (so a pause shows the final counts), then stops.
 */
export function useLiveStats(workflowId: string, status: WorkflowStatus): LiveStatsResult {
  const active = status === 'active'
  const statsQuery = useQuery({
    ...statsQueries.stats(workflowId),
    // `null` = the API has no stats endpoint: stop asking it.
    refetchInterval: (query) => (active && query.state.data !== null ? LIVE_POLL_MS : false),
  })
  const unsupported = statsQuery.data === null

  const fallback = useQueries({
    queries: FALLBACK_FILTERS.map(({ status: leadStatus }) => ({
      ...leadQueries.list(workflowId, { page: 1, limit: 1, status: leadStatus }),
      enabled: unsupported,
      refetchInterval: active ? FALLBACK_POLL_MS : (false as const),
    })),
  })

  const queryClient = useQueryClient()
  const previous = useRef(status)
  useEffect(() => {
    if (previous.current === status) return
    previous.current = status
    void queryClient.invalidateQueries({ queryKey: statsQueries.all(workflowId) })
    void queryClient.invalidateQueries({ queryKey: leadQueries.lists(workflowId) })
  }, [status, workflowId, queryClient])

  const fallbackTotals = fallback.map((q) => q.data?.meta.total)
  const fallbackKey = fallbackTotals.join(',')
  return useMemo(() => {
    if (statsQuery.data) {
      return {
        stats: statsQuery.data,
        liveStats: status === 'draft' ? null : pick(statsQuery.data),
      }
    }
    if (!unsupported || fallbackTotals.some((t) => t === undefined))
      return { stats: null, liveStats: null }
    const totals = Object.fromEntries(
      FALLBACK_FILTERS.map((f, i) => [f.key, fallbackTotals[i] ?? 0]),
    ) as WorkflowTotalsData
    return { stats: { totals, nodes: {}, edges: {} }, liveStats: null }
    // fallbackKey stands for fallbackTotals (a new array every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [statsQuery.data, unsupported, fallbackKey, status])
}

function pick(stats: WorkflowStats): LiveStats {
  return { nodes: stats.nodes, edges: stats.edges }
}
