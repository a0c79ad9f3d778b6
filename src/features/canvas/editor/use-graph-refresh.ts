import { onlineManager, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { fetchGraph, graphQueries } from '../../../api/graph'
import { graphMutationKey } from '../../../api/graph-mutations'
import { toSnapshot } from '../../../api/history'
import { diffGraphs, isEmptyDiff } from '../../../domain/graph-diff/diff'
import { describeDiff } from '../../../domain/graph-diff/describe-diff'
import { graphRefreshDelayMs } from './graph-refresh-delay'

/** A check due while a button is held (a drag, a pan) waits this long and looks again. */
const HELD_RETRY_MS = 1_000

/**
 * Keeps an open canvas in step with changes made elsewhere (another tab, another person, the
 * DialNexa dashboard): every few seconds while the page is visible and online (less often for a
 * big graph, graph-refresh-delay.ts), and when it comes back into view, the graph is read again;
 * when it differs from what is on screen and no edit of this tab is on its way, the canvas takes
 * the server's graph and says what changed. Never in the middle of a gesture: reading and checking
 * a big graph would cost the drag or pan its frames.
 */
export function useGraphRefresh(workflowId: string) {
  const queryClient = useQueryClient()
  const [notice, setNotice] = useState<string | null>(null)

  useEffect(() => {
    const { queryKey } = graphQueries.graph(workflowId)
    const editing = () => queryClient.isMutating({ mutationKey: graphMutationKey(workflowId) }) > 0
    let running = false
    let stopped = false
    const controller = new AbortController()

    async function check() {
      if (running || document.visibilityState !== 'visible' || !onlineManager.isOnline()) return
      if (editing()) return
      const shown = queryClient.getQueryData(queryKey)
      if (!shown) return
      running = true
      try {
        const fresh = await fetchGraph(workflowId, controller.signal)
        // Something moved on screen meanwhile (an edit here, a refetch): that answer wins.
        if (stopped || editing() || queryClient.getQueryData(queryKey) !== shown) return
        const diff = diffGraphs(toSnapshot(shown), toSnapshot(fresh))
        if (isEmptyDiff(diff)) return
        queryClient.setQueryData(queryKey, fresh)
        setNotice(`Updated with changes made elsewhere: ${describeDiff(diff)}.`)
      } catch {
        // A failed check changes nothing on screen; the next one tries again.
      } finally {
        running = false
      }
    }

    let held = false
    const press = () => (held = true)
    const release = () => (held = false)
    let timer = 0
    const schedule = (ms: number) => {
      window.clearTimeout(timer)
      timer = window.setTimeout(tick, ms)
    }
    const delay = () =>
      graphRefreshDelayMs(queryClient.getQueryData(queryKey) ?? { nodes: [], edges: [] })
    function tick() {
      if (held) return schedule(HELD_RETRY_MS)
      void check().finally(() => stopped || schedule(delay()))
    }
    schedule(delay())
    const onVisible = () => {
      if (document.visibilityState === 'visible' && !held) void check()
    }
    document.addEventListener('visibilitychange', onVisible)
    window.addEventListener('pointerdown', press, { capture: true })
    window.addEventListener('pointerup', release, { capture: true })
    window.addEventListener('pointercancel', release, { capture: true })
    return () => {
      stopped = true
      controller.abort()
      window.clearTimeout(timer)
      document.removeEventListener('visibilitychange', onVisible)
      window.removeEventListener('pointerdown', press, { capture: true })
      window.removeEventListener('pointerup', release, { capture: true })
      window.removeEventListener('pointercancel', release, { capture: true })
    }
  }, [queryClient, workflowId])

  return { notice, dismiss: () => setNotice(null) }
}
