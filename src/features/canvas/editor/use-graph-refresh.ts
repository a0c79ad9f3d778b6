import { onlineManager, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { fetchGraph, graphQueries } from '../../../api/graph'
import { graphMutationKey } from '../../../api/graph-mutations'
import { toSnapshot } from '../../../api/history'
import { diffGraphs, isEmptyDiff } from '../../../domain/graph-diff/diff'
import { describeDiff } from '../../../domain/graph-diff/describe-diff'

/** How often an open canvas asks whether its graph changed elsewhere. */
export const GRAPH_REFRESH_MS = 5_000

/**
 * Keeps an open canvas in step with changes made elsewhere (another tab, another person, the
 * DialNexa dashboard): every few seconds while the page is visible and online, and when it comes
 * back into view, the graph is read again; when it differs from what is on screen and no edit of
 * this tab is on its way, the canvas takes the server's graph and says what changed.
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

    const timer = window.setInterval(() => void check(), GRAPH_REFRESH_MS)
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check()
    }
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      stopped = true
      controller.abort()
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [queryClient, workflowId])

  return { notice, dismiss: () => setNotice(null) }
}
