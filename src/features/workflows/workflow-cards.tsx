import { Link } from '@tanstack/react-router'
import type { Workflow } from '../../api/schemas/workflow'
import { DateTime } from '../../components/ui/date-time'
import { StatusBadge } from '../../components/ui/status-badge'
import { formatCount } from '../../lib/format'
import type { CheckActivation } from './activation-check'
import { LifecycleControls } from './lifecycle-controls'
import { SelectRowBox } from './select-boxes'

type Props = {
  workflows: Workflow[]
  busy: boolean
  selected: ReadonlySet<string>
  onSelect: (workflows: Workflow[], selected: boolean) => void
  checkActivation?: CheckActivation | undefined
}

/** The workflow list on a phone: one card per workflow, no sideways scrolling. */
export function WorkflowCards({ workflows, busy, selected, onSelect, checkActivation }: Props) {
  return (
    <ul aria-label="Workflows" aria-busy={busy} className="mt-4 flex flex-col gap-2">
      {workflows.map((w) => (
        <li
          key={w.id}
          className={`rounded-lg border border-slate-200 p-3 ${selected.has(w.id) ? 'bg-blue-50' : 'bg-white'}`}
        >
          <div className="flex items-start gap-1">
            <SelectRowBox
              label={`Select ${w.title || 'Untitled workflow'}`}
              checked={selected.has(w.id)}
              onChange={(on) => onSelect([w], on)}
            />
            <div className="min-w-0 flex-1">
              <Link
                to="/workflows/$workflowId"
                params={{ workflowId: w.id }}
                className="inline-flex min-h-11 items-center font-medium break-words text-brand hover:underline"
              >
                {w.title || 'Untitled workflow'}
              </Link>
              <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-700">
                <StatusBadge status={w.status} />
                <span>{formatCount(w.leadCount)} leads</span>
                <span>
                  Edited <DateTime iso={w.updatedAt} compact />
                </span>
              </p>
            </div>
          </div>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <LifecycleControls workflow={w} size="sm" checkActivation={checkActivation} />
          </div>
        </li>
      ))}
    </ul>
  )
}
