import { memo } from 'react'
import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  type EdgeProps,
  type EdgeTypes,
} from '@xyflow/react'
import { MARKER_ICON } from '../nodes/shared/node-meta'
import type { LinkEdge as LinkEdgeType } from '../types'

const STROKE = { error: '#b91c1c', warning: '#92400e', taken: '#4338ca', normal: '#64748b' }

/**
 * An edge with its label. Problems show as colour and as line style (thick for errors, dashed
 * for warnings) plus an icon on the label, so they never depend on colour alone.
 */
export const LinkEdge = memo(function LinkEdge(props: EdgeProps<LinkEdgeType>) {
  const { id, data, selected, markerEnd } = props
  const [path, labelX, labelY] = getBezierPath(props)
  const marker = data?.marker ?? null
  const taken = data?.taken ?? false
  const stroke = marker ? STROKE[marker.severity] : taken || selected ? STROKE.taken : STROKE.normal
  const dashed = marker?.severity === 'warning' || data?.pending
  const label = data?.label ?? null
  const passed = data?.passed ?? null
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={{
          stroke,
          strokeWidth: marker?.severity === 'error' || taken || selected ? 3 : 1.75,
          strokeDasharray: dashed ? '7 5' : undefined,
        }}
      />
      {label || marker || passed !== null ? (
        <EdgeLabelRenderer>
          <div
            aria-hidden="true"
            data-edge-label={id}
            className={`pointer-events-none absolute rounded border bg-white px-1.5 py-px text-[11px] font-semibold ${selected ? 'border-brand text-brand' : 'border-slate-300 text-slate-800'}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {marker ? <span className="mr-1">{MARKER_ICON[marker.severity]}</span> : null}
            {taken ? <span className="mr-1">✓</span> : null}
            {label ?? (marker ? 'default' : '')}
            {passed !== null ? <span className="ml-1 font-normal">· {passed} passed</span> : null}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  )
})

/** Built once at module scope. */
export const edgeTypes = { link: LinkEdge } satisfies EdgeTypes
