import { memo } from 'react'
import { BaseEdge, getBezierPath, type EdgeProps, type EdgeTypes } from '@xyflow/react'
import { MARKER_ICON } from '../nodes/shared/node-meta'
import type { LinkEdge as LinkEdgeType } from '../types'

const STROKE = { error: '#b91c1c', warning: '#92400e', taken: '#4338ca', normal: '#64748b' }

/** The words on an edge: problem icon, taken tick, output name and live count. */
function labelText(data: LinkEdgeType['data']): string {
  const marker = data?.marker ?? null
  const parts = [
    marker ? MARKER_ICON[marker.severity] : null,
    data?.taken ? '✓' : null,
    data?.label ?? (marker ? 'default' : null),
    data?.passed != null ? `· ${data.passed} passed` : null,
  ]
  return parts.filter(Boolean).join(' ')
}

/**
 * An edge with its label. Problems show as colour and as line style (thick for errors, dashed
 * for warnings) plus an icon on the label, so they never depend on colour alone.
 *
 * The label is SVG text with a white halo (`paint-order: stroke`) inside the edge itself, not an
 * HTML box in EdgeLabelRenderer: that portal looks up its container on every store change, once
 * per edge, and its boxes are measured and repainted on every pan frame; a halo needs no measuring.
 */
export const LinkEdge = memo(function LinkEdge(props: EdgeProps<LinkEdgeType>) {
  const { id, data, selected, markerEnd } = props
  const [path, labelX, labelY] = getBezierPath(props)
  const marker = data?.marker ?? null
  const taken = data?.taken ?? false
  const stroke = marker ? STROKE[marker.severity] : taken || selected ? STROKE.taken : STROKE.normal
  const dashed = marker?.severity === 'warning' || data?.pending
  const text = labelText(data)
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
      {text ? (
        <text
          aria-hidden="true"
          data-edge-label={id}
          className={`link-edge-label ${selected || taken ? 'fill-brand' : 'fill-slate-800'}`}
          x={labelX}
          y={labelY}
        >
          {text}
        </text>
      ) : null}
    </>
  )
})

/** Built once at module scope. */
export const edgeTypes = { link: LinkEdge } satisfies EdgeTypes
