import { useCallback, useMemo, useState } from 'react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link, useNavigate } from '@tanstack/react-router'
import { workflowQueries } from '../../api/workflows'
import { describeError } from '../../api/api-error'
import { Button } from '../../components/ui/button'
import { toListParams, type WorkflowListSearch } from './list-search'
import { ListToolbar } from './list-toolbar'
import { WorkflowTable, WorkflowTableSkeleton } from './workflow-table'
import { Pagination } from '../../components/ui/pagination'
import { ImportWorkflowDialog } from './import/import-workflow-dialog'
import type { Workflow } from '../../api/schemas/workflow'
import type { CheckActivation } from './activation-check'
import { BulkActionsBar } from './bulk/bulk-actions-bar'
import type { BulkTarget } from './bulk/plan-bulk-action'

type Props = {
  search: WorkflowListSearch
  onSearchChange: (next: Partial<WorkflowListSearch>) => void
  /** The preflight gate of a list-row Activate (the route supplies it). */
  checkActivation?: CheckActivation
}

export function WorkflowListScreen({ search, onSearchChange, checkActivation }: Props) {
  const params = toListParams(search)
  const list = useQuery({ ...workflowQueries.list(params), placeholderData: keepPreviousData })
  const filtered = Boolean(search.q || search.status)
  const [importing, setImporting] = useState(false)
  const navigate = useNavigate()
  // The selection survives paging and filtering; each entry shows its freshest known status.
  const [selection, setSelection] = useState<ReadonlyMap<string, BulkTarget>>(new Map())
  const rows = list.data?.data
  const selected = useMemo(() => {
    const fresh = new Map(rows?.map((w) => [w.id, w]))
    return [...selection.values()].map((t) => {
      const w = fresh.get(t.id)
      return w ? { id: w.id, title: w.title || 'Untitled workflow', status: w.status } : t
    })
  }, [selection, rows])
  const selectedIds = useMemo(() => new Set(selection.keys()), [selection])
  const onSelect = useCallback((workflows: Workflow[], on: boolean) => {
    setSelection((prev) => {
      const next = new Map(prev)
      for (const w of workflows)
        if (on)
          next.set(w.id, { id: w.id, title: w.title || 'Untitled workflow', status: w.status })
        else next.delete(w.id)
      return next
    })
  }, [])

  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Workflows</h1>
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={() => setImporting(true)}>New workflow from file</Button>
          <Link
            to="/workflows/new"
            className="inline-flex h-9 items-center rounded-md bg-brand px-3.5 text-sm font-medium text-white hover:bg-brand-hover"
          >
            Create workflow
          </Link>
        </div>
      </div>
      <ImportWorkflowDialog
        open={importing}
        onClose={() => setImporting(false)}
        onCreated={(workflow) => {
          setImporting(false)
          void navigate({ to: '/workflows/$workflowId', params: { workflowId: workflow.id } })
        }}
      />
      <ListToolbar search={search} onSearchChange={onSearchChange} />
      <BulkActionsBar selected={selected} onClear={() => setSelection(new Map())} />
      <div aria-live="polite" className="sr-only">
        {list.isSuccess ? `${list.data.meta.total} workflows found` : ''}
      </div>
      {list.isPending && list.fetchStatus === 'paused' ? (
        // Offline: the request waits for the connection (see the banner) instead of spinning.
        <p
          role="status"
          className="mt-6 rounded-lg border border-amber-200 bg-amber-50 p-6 text-amber-950"
        >
          The workflows load as soon as the connection returns.
        </p>
      ) : list.isPending ? (
        <WorkflowTableSkeleton />
      ) : list.isError ? (
        <div role="alert" className="mt-6 rounded-lg border border-red-200 bg-red-50 p-6">
          <h2 className="font-semibold text-red-900">The workflows could not be loaded</h2>
          <p className="mt-1 text-sm text-red-900">{describeError(list.error)}</p>
          <Button className="mt-4" onClick={() => void list.refetch()}>
            Try again
          </Button>
        </div>
      ) : list.data.data.length === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center">
          <h2 className="text-lg font-semibold">
            {filtered ? 'No workflows match this view' : 'No workflows yet'}
          </h2>
          <p className="mt-1 text-slate-700">
            {filtered
              ? 'Try another search or status, or clear the filters.'
              : 'Create your first workflow to start calling leads.'}
          </p>
          {filtered ? (
            <Button
              className="mt-4"
              onClick={() => onSearchChange({ q: undefined, status: undefined, page: undefined })}
            >
              Clear filters
            </Button>
          ) : null}
        </div>
      ) : (
        <>
          <WorkflowTable
            workflows={list.data.data}
            search={search}
            onSearchChange={onSearchChange}
            busy={list.isFetching}
            selected={selectedIds}
            onSelect={onSelect}
            checkActivation={checkActivation}
          />
          <Pagination
            meta={list.data.meta}
            onPageChange={(page) => onSearchChange({ page })}
            label="Pagination"
          />
        </>
      )}
    </div>
  )
}
