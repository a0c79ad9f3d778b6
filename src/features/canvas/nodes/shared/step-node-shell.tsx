import { Handle, Position } from '@xyflow/react'
import type { StepData } from '../../types'
import './step-face.css'
import { MARKER_ICON, type NodeMeta } from './node-meta'
import { MAX_SUMMARY_LINES } from './node-metrics'

type Props = { data: StepData; selected: boolean; isConnectable: boolean; meta: NodeMeta }

const MARKER_STYLE = {
  error: 'outline-2 outline-offset-0 outline-problem-error',
  warning: 'outline-2 outline-offset-0 outline-dashed outline-problem-warning',
} as const

/**
 * The body every step shares: icon, type, name, its key settings, problems, live counts and
 * outputs. Every row has the fixed height of `node-metrics.ts` (set by the `step-*` classes of
 * step-face.css), so the layout knows a step's size (and where each handle is) without measuring
 * it. The words are at least 14 px, so they stay 12 px or more on screen at the canvas's smallest
 * fitted zoom.
 * It reads only its own `data`, so a node re-renders only when that node changes. A 1,000-step
 * canvas draws every element here 1,000 times: no inline styles (they cost a style per element and
 * keep the browser from sharing computed styles between steps) and no wrapper that is not needed.
 */
export function StepNodeShell({ data, selected, isConnectable, meta }: Props) {
  const { marker, visit, stats } = data
  const { Icon } = meta
  const frame = marker ? `${MARKER_STYLE[marker.severity]} outline` : ''
  const ring = selected
    ? 'ring-2 ring-brand ring-offset-2'
    : visit === 'current'
      ? 'ring-4 ring-brand/60'
      : ''
  const summary = data.summary.slice(0, MAX_SUMMARY_LINES)
  return (
    <div
      className={`step-node relative rounded-lg border border-l-4 border-slate-300 bg-white text-left shadow-sm ${frame} ${meta.accent} ${ring} ${data.pending ? 'opacity-70' : ''}`}
      data-node-type={data.nodeType}
      data-marker={marker?.severity}
      data-visit={visit ?? undefined}
    >
      <Handle type="target" position={Position.Left} id="in" isConnectable={isConnectable} />
      <div className="step-type flex items-center gap-1.5 px-3 text-[13px] font-medium tracking-wide text-slate-600 uppercase">
        <Icon />
        {data.typeTitle}
        {data.pending ? (
          <span className="ml-auto font-normal normal-case italic">Saving…</span>
        ) : null}
      </div>
      <p
        className="step-name truncate px-3 text-base font-semibold text-slate-900"
        title={data.label}
      >
        {data.label || 'Untitled step'}
      </p>
      <ul className="step-summary px-3 text-sm text-slate-700">
        {summary.map((line) => (
          <li key={line} className="truncate" title={line}>
            {line}
          </li>
        ))}
      </ul>
      {marker ? (
        <div className="step-marker px-2 pb-2">
          <p
            className={`flex h-6 items-center gap-1 rounded px-1.5 text-sm font-medium ${marker.severity === 'error' ? 'bg-problem-error-bg text-problem-error' : 'bg-problem-warning-bg text-problem-warning'}`}
            title={marker.summary}
          >
            <span aria-hidden="true">{MARKER_ICON[marker.severity]}</span>
            <span className="truncate">{marker.summary}</span>
          </p>
        </div>
      ) : null}
      {visit || stats ? (
        <p className="step-stats truncate px-3 pb-2 text-sm font-semibold text-brand">
          {visit === 'current' ? '● Lead is here' : visit === 'visited' ? '✓ Visited' : null}
          {stats
            ? ` ${stats.waiting} waiting · ${stats.in_call} in call · ${stats.done} done`
            : null}
        </p>
      ) : null}
      {data.outputs.length ? (
        <div className="step-outputs border-t border-slate-200">
          {data.outputs.map((output) => (
            <div
              key={output.id}
              className="step-output relative pr-4 pl-8 text-right text-sm text-slate-700"
            >
              <span className={`block truncate ${output.extra ? 'italic' : ''}`}>
                {output.title}
              </span>
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
