import { formatCount } from '../../../lib/format'
import { MARKER_ICON } from '../nodes/shared/node-meta'
import type { LinkData } from '../types'

/**
 * What the line adds to its output's name (printed in the step beside the handle): the problem
 * icon, the taken tick and the live count; empty when there is none of them.
 */
export function edgeLabelText(data: Partial<LinkData> | undefined): string {
  // Drawn for every connection on every render of a big canvas: no arrays for the common cases.
  const marker = data?.marker ? MARKER_ICON[data.marker.severity] : ''
  const taken = data?.taken ? '✓' : ''
  const passed = data?.passed != null ? `${formatCount(data.passed)} passed` : ''
  let text = marker
  if (taken) text = text ? `${text} ${taken}` : taken
  if (passed) text = text ? `${text} ${passed}` : passed
  return text
}

/** The longest label the canvas expects to draw; the column gap leaves room for it. */
export const LONGEST_LABEL = edgeLabelText({
  marker: { severity: 'error', summary: '' },
  taken: true,
  passed: 10_000,
})
