import { formatCount } from '../../../lib/format'
import { MARKER_ICON } from '../nodes/shared/node-meta'
import type { LinkData } from '../types'

/**
 * What the line adds to its output's name (printed in the step beside the handle): the problem
 * icon, the taken tick and the live count; empty when there is none of them.
 */
export function edgeLabelText(data: Partial<LinkData> | undefined): string {
  const marker = data?.marker ?? null
  return [
    marker ? MARKER_ICON[marker.severity] : null,
    data?.taken ? '✓' : null,
    data?.passed != null ? `${formatCount(data.passed)} passed` : null,
  ]
    .filter(Boolean)
    .join(' ')
}

/** The longest label the canvas expects to draw; the column gap leaves room for it. */
export const LONGEST_LABEL = edgeLabelText({
  marker: { severity: 'error', summary: '' },
  taken: true,
  passed: 10_000,
})
