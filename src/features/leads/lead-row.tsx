import type { Lead } from '../../api/schemas/lead'
import { isTerminalLeadStatus } from '../../api/schemas/lead'
import { Button } from '../../components/ui/button'
import { LeadStatusBadge } from './lead-status-badge'
import { variablesText } from './variables-text'
import { DateTime } from '../../components/ui/date-time'

type Props = {
  lead: Lead
  nodeName: (id: string | null | undefined) => string
  onShowPath: (leadId: string) => void
  onRemove: (lead: Lead) => void
}

const small = 'block max-w-full truncate text-xs text-slate-700'
const wrapping = 'block text-xs break-words text-slate-700'

/**
 * One lead, laid out for a narrow side panel: who (phone, variables, enrolled) and where (status,
 * current node, last step). Truncated text keeps its full value in a title and in the DOM.
 */
export function LeadRow({ lead, nodeName, onShowPath, onRemove }: Props) {
  const vars = variablesText(lead.variables)
  const step = lead.lastStep
  const stepText = step
    ? [step.nodeLabel ?? nodeName(step.nodeId), step.reason ?? step.status]
        .filter(Boolean)
        .join(' · ')
    : '—'
  const node = nodeName(lead.currentNodeId)
  return (
    <tr className="border-t border-slate-100 align-top" data-lead-id={lead.id}>
      <th scope="row" className="px-2 py-2 text-left font-normal">
        <span className="block font-mono text-sm whitespace-nowrap text-slate-900">
          {lead.phoneNumber || '—'}
        </span>
        <span className={`${small} font-mono`} title={vars || undefined}>
          {vars || 'No variables'}
        </span>
        <span className={small}>
          Enrolled <DateTime iso={lead.enrolledAt} />
        </span>
      </th>
      <td className="px-2 py-2">
        <LeadStatusBadge status={lead.status} />
        <span className={`${wrapping} mt-1`}>At: {node}</span>
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
  )
}
