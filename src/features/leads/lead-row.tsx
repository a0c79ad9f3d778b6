import { Fragment, useId, useState } from 'react'
import type { Lead } from '../../api/schemas/lead'
import { isTerminalLeadStatus } from '../../api/schemas/lead'
import { Button } from '../../components/ui/button'
import { LeadStatusBadge } from './lead-status-badge'
import { variablesText } from './variables-text'
import { DateTime } from '../../components/ui/date-time'
import type { StrandedLead } from '../../domain/change-impact/stranded'

type Props = {
  lead: Lead
  nodeName: (id: string | null | undefined) => string
  /** The lead can never move on (its step was deleted, or has no route): said plainly. */
  stranded?: StrandedLead | undefined
  onShowPath: (leadId: string) => void
  onRemove: (lead: Lead) => void
  /** The lead's last step in plain words (never a raw reason code). */
  describeStep: (entry: NonNullable<Lead['lastStep']>) => string
}

const small = 'block max-w-full truncate text-xs text-slate-700'
const wrapping = 'block text-xs break-words text-slate-700'

/**
 * One lead, laid out for a narrow side panel: who (phone, variables, enrolled) and where (status,
 * current node, last step). Truncated text keeps its full value in a title and in the DOM.
 */
export function LeadRow({ lead, nodeName, stranded, onShowPath, onRemove, describeStep }: Props) {
  const [open, setOpen] = useState(false)
  const detailsId = useId()
  const entries = Object.entries(lead.variables)
  const vars = variablesText(lead.variables)
  const step = lead.lastStep
  const stepText = step ? describeStep(step) : '—'
  const node = nodeName(lead.currentNodeId)
  return (
    <>
      <tr className="border-t border-slate-100 align-top" data-lead-id={lead.id}>
        <th scope="row" className="px-2 py-2 text-left font-normal">
          <span className="block font-mono text-sm whitespace-nowrap text-slate-900">
            {lead.phoneNumber || '—'}
          </span>
          <span className={`${small} font-mono`} title={vars || undefined}>
            {vars || 'No variables'}
          </span>
          {entries.length ? (
            <button
              type="button"
              className="mt-0.5 min-h-11 text-xs text-brand underline sm:min-h-0"
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              aria-label={`${open ? 'Hide' : 'Show'} all ${entries.length} variables of ${lead.phoneNumber}`}
              onClick={() => setOpen((o) => !o)}
            >
              {open ? 'Hide variables' : `All ${entries.length} variables`}
            </button>
          ) : null}
          <span className={small}>
            Enrolled <DateTime iso={lead.enrolledAt} />
          </span>
        </th>
        <td className="px-2 py-2">
          <LeadStatusBadge status={lead.status} />
          <span className={`${wrapping} mt-1`}>At: {node}</span>
          {stranded ? (
            <span className="mt-1 block rounded border border-amber-300 bg-amber-50 px-1.5 py-1 text-xs text-amber-950">
              <strong>Stranded.</strong> {stranded.explanation}
            </span>
          ) : null}
          {lead.releaseAt ? (
            <span className={wrapping}>
              Waits until <DateTime iso={lead.releaseAt} />
            </span>
          ) : lead.executionStatus === 'in_call' ? (
            <span className={wrapping}>In a call now</span>
          ) : null}
          <span className={small} title={stepText}>
            Last step: {stepText}
          </span>
        </td>
        <td className="px-2 py-2">
          <div className="flex flex-col items-end gap-1">
            <Button
              size="sm"
              variant="ghost"
              aria-label={`Show path of ${lead.phoneNumber}`}
              onClick={() => onShowPath(lead.id)}
            >
              Path
            </Button>
            {isTerminalLeadStatus(lead.status) ? null : (
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Remove ${lead.phoneNumber}`}
                onClick={() => onRemove(lead)}
              >
                Remove
              </Button>
            )}
          </div>
        </td>
      </tr>
      {open ? (
        <tr id={detailsId} className="bg-slate-50">
          <td colSpan={3} className="px-3 py-2">
            <dl
              aria-label={`Variables of ${lead.phoneNumber}`}
              className="grid grid-cols-[minmax(6rem,auto)_1fr] gap-x-3 gap-y-1 text-xs"
            >
              {entries.map(([k, v]) => (
                <Fragment key={k}>
                  <dt className="font-mono text-slate-600">{k}</dt>
                  <dd className="break-words whitespace-pre-wrap text-slate-900">
                    {v || '(empty)'}
                  </dd>
                </Fragment>
              ))}
            </dl>
          </td>
        </tr>
      ) : null}
    </>
  )
}
