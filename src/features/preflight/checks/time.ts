import { timeConfigSchema, timeDelayMs, timePcaField } from '../../../domain/node-config'
import type { Check } from '../check'
import { nameOf } from '../graph-index'
import { problem, type Problem } from '../problem'
import { parseConfig } from '../../../domain/config-cache'

/** TIME needs a positive duration, or a post-call-analysis field to read the time from (§7.4). */
export const checkTimes: Check = (index) => {
  const out: Problem[] = []
  for (const node of index.nodes) {
    if (node.nodeType !== 'TIME') continue
    const config = parseConfig(timeConfigSchema, node.config)
    const pcaField = timePcaField(config)
    const delay = timeDelayMs(config)
    const hasDelay = delay !== null && Number.isFinite(delay) && delay > 0
    if (config.time_source === 'postcall_analysis') {
      if (!pcaField)
        out.push(
          problem({
            code: 'time.no-pca-field',
            severity: 'error',
            nodeId: node.id,
            message: `${nameOf(node)} waits for a time taken from post-call analysis, but names no field.`,
            fix: 'Open the step and enter the post-call analysis field that holds the call-back time.',
            summary: 'no post-call analysis field',
          }),
        )
      continue
    }
    const pcaCounts = config.time_source === undefined && pcaField
    if (hasDelay || pcaCounts) continue
    out.push(
      problem({
        code: 'time.no-duration',
        severity: 'error',
        nodeId: node.id,
        message:
          delay === null
            ? `${nameOf(node)} has no wait time.`
            : `${nameOf(node)} waits for no time at all; it needs a positive duration.`,
        fix: 'Open the step and set how long to wait (minutes, hours or days), or read the time from a post-call analysis field.',
        summary: 'no positive duration',
      }),
    )
  }
  return out
}
