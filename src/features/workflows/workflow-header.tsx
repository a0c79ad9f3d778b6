import { useId, useState, type ReactNode } from 'react'
import { Link } from '@tanstack/react-router'
import type { Workflow } from '../../api/schemas/workflow'
import { useUpdateWorkflow } from '../../api/workflow-mutations'
import { workflowInputSchema } from '../../api/workflows'
import { StatusBadge } from '../../components/ui/status-badge'
import { formatCount } from '../../lib/format'
import { InlineEdit } from './inline-edit'
import { DateTime } from '../../components/ui/date-time'

const titleRule = workflowInputSchema.shape.title
const descriptionRule = workflowInputSchema.shape.description

function firstIssue(result: { success: boolean; error?: { issues: { message: string }[] } }) {
  return result.success ? undefined : result.error?.issues[0]?.message
}

/** Title, description and status of one workflow; `actions` is where lifecycle controls go. */
export function WorkflowHeader({
  workflow,
  actions,
  details,
}: {
  workflow: Workflow
  actions?: ReactNode
  /** Extra facts under the description, e.g. live lead totals. */
  details?: ReactNode
}) {
  const update = useUpdateWorkflow(workflow.id)
  // On a short window (1280×720) the description and dates fold away so the canvas keeps its height.
  const [expanded, setExpanded] = useState(false)
  const foldId = useId()
  const fold = expanded ? '' : '[@media(max-height:820px)]:hidden'
  return (
    <header className="border-b border-slate-200 bg-white px-4 py-3 [@media(max-height:820px)]:py-2">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link to="/workflows" className="hover:underline">
          Workflows
        </Link>
        <span aria-hidden="true"> / </span>
        <span className="font-mono text-xs">{workflow.id}</span>
      </nav>
      <div className="mt-1 flex flex-wrap items-start justify-between gap-3 max-md:flex-col">
        <div className="min-w-0 flex-1 max-md:w-full">
          <div className="flex items-center gap-3">
            <InlineEdit
              name="name"
              draftKey={`workflow:${workflow.id}:title`}
              value={workflow.title}
              validate={(t) => firstIssue(titleRule.safeParse(t))}
              onSave={(title) => update.mutateAsync({ title })}
              renderValue={(v) => (
                <h1 className="text-xl font-semibold break-words">{v || 'Untitled workflow'}</h1>
              )}
            />
            <StatusBadge status={workflow.status} />
          </div>
          <button
            type="button"
            className="hidden min-h-11 text-xs text-brand underline md:min-h-0 [@media(max-height:820px)]:inline-flex"
            aria-expanded={expanded}
            aria-controls={foldId}
            onClick={() => setExpanded((e) => !e)}
          >
            {expanded ? 'Hide description and dates' : 'Show description and dates'}
          </button>
          <div id={foldId} className={fold}>
            <InlineEdit
              name="description"
              draftKey={`workflow:${workflow.id}:description`}
              multiline
              value={workflow.description}
              placeholder="What this workflow does, for whom"
              validate={(t) => firstIssue(descriptionRule.safeParse(t))}
              onSave={(description) => update.mutateAsync({ description })}
              renderValue={(v) => (
                <p className={`text-sm ${v ? 'text-slate-700' : 'text-slate-500 italic'}`}>
                  {v || 'No description'}
                </p>
              )}
            />
            <p className="mt-1 text-xs text-slate-600">
              {formatCount(workflow.leadCount)} leads · edited <DateTime iso={workflow.updatedAt} />
            </p>
          </div>
          {details}
        </div>
        {actions ? <div className="flex flex-wrap items-center gap-2">{actions}</div> : null}
      </div>
    </header>
  )
}
