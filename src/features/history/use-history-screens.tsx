import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { historyQueries, toSnapshot } from '../../api/history'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { CompareView } from './compare-view'
import { RestoreDialog } from './restore-dialog'

type CompareState = { from: number; to: number | null } | null

/**
 * The compare canvas and the restore dialog for one workflow: the route shows `compareView`
 * in place of the editing canvas while a compare is open.
 */
export function useHistoryScreens(workflowId: string, current: WorkflowGraph | undefined, leadsAt?: (nodeId: string) => number) {
  const [compare, setCompare] = useState<CompareState>(null)
  const [restoreId, setRestoreId] = useState<number | null>(null)
  const from = useQuery({ ...historyQueries.version(workflowId, compare?.from ?? 0), enabled: compare !== null })
  const to = useQuery({ ...historyQueries.version(workflowId, compare?.to ?? 0), enabled: compare?.to != null })
  const restoreTarget = useQuery({ ...historyQueries.version(workflowId, restoreId ?? 0), enabled: restoreId !== null })

  let compareView = null
  if (compare) {
    const toSide = compare.to === null
      ? current && { title: 'now', graph: toSnapshot(current) }
      : to.data && { title: to.data.name ? `'${to.data.name}'` : `version ${to.data.id}`, graph: to.data.graph }
    const fromSide = from.data && { title: from.data.name ? `'${from.data.name}'` : `version ${from.data.id}`, graph: from.data.graph }
    compareView = fromSide && toSide
      ? <CompareView from={fromSide} to={toSide} onClose={() => setCompare(null)} />
      : <p role="status" className="p-4 text-sm">Loading the versions to compare…</p>
  }
  const restoreDialog = restoreId !== null && restoreTarget.data && current ? (
    <RestoreDialog
      workflowId={workflowId}
      current={current}
      leadsAt={leadsAt}
      target={{ title: restoreTarget.data.name ? `'${restoreTarget.data.name}'` : `version ${restoreTarget.data.id}`, graph: restoreTarget.data.graph }}
      onClose={() => setRestoreId(null)}
    />
  ) : null

  return {
    compareView,
    restoreDialog,
    openCompare: (fromId: number, toId: number | null) => setCompare({ from: fromId, to: toId }),
    openRestore: setRestoreId,
  }
}
