import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { historyKeys, historyQueries, saveNamedVersion, versionExportUrl, type VersionSummary } from '../../api/history'
import { describeError } from '../../api/api-error'
import { Button } from '../../components/ui/button'
import { actorName, formatWhen } from './actor-name'

const KIND_TEXT: Record<VersionSummary['kind'], string> = {
  'first-seen': 'First seen by the console',
  edit: 'Edited',
  activation: 'Activated',
  named: 'Saved',
  outside: 'Changed outside the console',
  restore: 'Restored',
}

export const versionTitle = (v: VersionSummary) => (v.name ? `'${v.name}'` : `version ${v.id}`)

type Props = {
  workflowId: string
  /** `to` null = the graph as it is now. */
  onCompare: (fromId: number, toId: number | null) => void
  onRestore: (id: number) => void
}

/** The graph's versions, newest first: save one with a name, compare two, export, restore. */
export function VersionsPanel({ workflowId, onCompare, onRestore }: Props) {
  const id = useId()
  const queryClient = useQueryClient()
  const versions = useQuery(historyQueries.versions(workflowId))
  const [name, setName] = useState('')
  const [picked, setPicked] = useState<number[]>([])
  const save = useMutation({
    mutationFn: (n: string) => saveNamedVersion(workflowId, n),
    onSuccess: () => setName(''),
    onSettled: () => queryClient.invalidateQueries({ queryKey: historyKeys.all() }),
  })
  const toggle = (v: number) =>
    setPicked((p) => (p.includes(v) ? p.filter((x) => x !== v) : [...p.slice(-1), v]))

  return (
    <section aria-label="Versions" className="flex min-h-0 flex-1 flex-col text-sm">
      <form
        className="flex items-end gap-2 border-b border-slate-200 p-3"
        onSubmit={(e) => {
          e.preventDefault()
          if (name.trim()) save.mutate(name.trim())
        }}
      >
        <label htmlFor={`${id}-name`} className="flex flex-1 flex-col">
          <span className="text-xs text-slate-700">Save version as…</span>
          <input id={`${id}-name`} value={name} maxLength={120} onChange={(e) => setName(e.target.value)}
            placeholder="Before Diwali pause" className="rounded border border-slate-300 px-2 py-1" />
        </label>
        <Button type="submit" size="sm" variant="primary" disabled={!name.trim() || save.isPending}>
          Save version
        </Button>
      </form>
      {save.isError ? <p role="alert" className="px-3 text-red-900">Not saved: {describeError(save.error)}</p> : null}
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-2">
        <Button size="sm" disabled={picked.length !== 2} onClick={() => {
          const [a, b] = [...picked].sort((x, y) => x - y)
          onCompare(a!, b!)
        }}>
          Compare selected ({picked.length}/2)
        </Button>
      </div>
      {versions.isPending ? (
        <p role="status" className="p-3 text-slate-600">Loading versions…</p>
      ) : versions.isError ? (
        <p role="alert" className="p-3 text-red-900">Versions could not be loaded: {describeError(versions.error)}</p>
      ) : versions.data.length === 0 ? (
        <p className="p-3 text-slate-600">No versions yet: one is kept when the graph is first edited, activated or saved.</p>
      ) : (
        <ol aria-label="Version list" className="min-h-0 flex-1 overflow-y-auto">
          {versions.data.map((v, index) => (
            <li key={v.id} className="border-b border-slate-100 px-3 py-2" aria-label={`Version ${v.id}`}>
              <div className="flex items-start gap-2">
                <input type="checkbox" aria-label={`Select version ${v.id} to compare`} checked={picked.includes(v.id)} onChange={() => toggle(v.id)} className="mt-1" />
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-slate-900">
                    {KIND_TEXT[v.kind]}
                    {v.name ? `: '${v.name}'` : ''} {index === 0 ? <span className="text-xs text-slate-600">(latest)</span> : null}
                  </p>
                  <p className="text-xs text-slate-600">
                    {actorName(v.actor)} · <time dateTime={v.updatedAt}>{formatWhen(v.updatedAt)}</time> · {v.stepCount} steps, {v.connectionCount} connections
                  </p>
                  <div className="mt-1 flex flex-wrap gap-1">
                    <Button size="sm" variant="ghost" onClick={() => onCompare(v.id, null)}>Compare with now</Button>
                    <Button size="sm" variant="ghost" onClick={() => onRestore(v.id)}>Restore…</Button>
                    <a className="inline-flex h-8 items-center px-2.5 text-sm text-slate-700 underline" href={versionExportUrl(workflowId, v.id)} download>
                      Export JSON
                    </a>
                  </div>
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
