import { Handle, Position } from '@xyflow/react'
import type { StepData } from '../../types'
import { MARKER_ICON, type NodeMeta } from './node-meta'

type Props = { data: StepData; selected: boolean; isConnectable: boolean; meta: NodeMeta }

const MARKER_STYLE = {
  error: 'border-2 border-solid border-problem-error',
  warning: 'border-2 border-dashed border-problem-warning',
} as const

/**
 * The body every step shares: icon, type, label, the key of its config, problems and outputs.
 * It reads only its own `data`, so a node re-renders only when that node changes.
 */
export function StepNodeShell({ data, selected, isConnectable, meta }: Props) {
  const { marker, visit, stats } = data
  const { Icon } = meta
  const frame = marker ? MARKER_STYLE[marker.severity] : 'border border-slate-300'
  const ring = selected
    ? 'ring-2 ring-brand ring-offset-2'
    : visit === 'current'
      ? 'ring-4 ring-brand/60'
      : ''
  return (
    <div
      className={`step-node w-60 rounded-lg border-l-4 bg-white text-left shadow-sm ${frame} ${meta.accent} ${ring} ${data.pending ? 'opacity-70' : ''}`}
      data-node-type={data.nodeType}
      data-marker={marker?.severity}
      data-visit={visit ?? undefined}
    >
      <Handle type="target" position={Position.Left} id="in" isConnectable={isConnectable} />
      <div className="flex items-center gap-1.5 px-3 pt-2 text-xs text-slate-600">
        <span className="text-slate-800">
          <Icon />
        </span>
        <span className="font-medium tracking-wide uppercase">{data.typeTitle}</span>
        {data.pending ? <span className="ml-auto italic">Saving…</span> : null}
      </div>
      <p className="truncate px-3 pt-0.5 text-sm font-semibold text-slate-900" title={data.label}>
        {data.label || 'Untitled step'}
      </p>
      <ul className="px-3 pt-0.5 pb-2 text-xs text-slate-700">
        {data.summary.map((line) => (
          <li key={line} className="truncate" title={line}>
            {line}
          </li>
        ))}
      </ul>
      {marker ? (
        <p
          className={`mx-2 mb-2 flex gap-1 rounded px-1.5 py-0.5 text-xs font-medium ${marker.severity === 'error' ? 'bg-problem-error-bg text-problem-error' : 'bg-problem-warning-bg text-problem-warning'}`}
          title={marker.summary}
        >
          <span aria-hidden="true">{MARKER_ICON[marker.severity]}</span>
          <span className="truncate">{marker.summary}</span>
        </p>
      ) : null}
      {visit || stats ? (
        <p className="mx-3 mb-2 text-xs font-medium text-brand">
          {visit === 'current' ? '● Lead is here' : visit === 'visited' ? '✓ Visited' : null}
          {stats
            ? ` ${stats.waiting} waiting · ${stats.in_call} in call · ${stats.done} done`
            : null}
        </p>
      ) : null}
      {data.outputs.length ? (
        <div className="border-t border-slate-200 py-1">
          {data.outputs.map((output) => (
            <div key={output.id} className="relative py-0.5 pr-4 text-right text-xs text-slate-700">
              <span className={output.extra ? 'italic' : undefined}>{output.title}</span>
              <Handle
                type="source"
                position={Position.Right}
                id={output.id}
                isConnectable={isConnectable && !output.extra}
                className="step-handle-out"
                title={`${output.title} output`}
              />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  )
}
