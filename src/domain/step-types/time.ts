import type { CheckedStep, NodeTypeSpec, StepCheck } from './spec'
import { stepName } from './spec'
import { timeConfigSchema, timeDelayMs, timePcaField } from '../node-config'
import { problem, type Problem } from '../problem'
import { parseConfig } from '../config-cache'

/** TIME needs a positive duration, or a post-call-analysis field to read the time from (§7.4). */
export const checkTime: StepCheck = (node) => {
  const out: Problem[] = []
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
          message: `${name(node)} waits for a time taken from post-call analysis, but names no field.`,
          fix: 'Open the step and enter the post-call analysis field that holds the call-back time.',
          summary: 'no post-call analysis field',
        }),
      )
    return out
  }
  const pcaCounts = config.time_source === undefined && pcaField
  if (hasDelay || pcaCounts) return out
  out.push(
    problem({
      code: 'time.no-duration',
      severity: 'error',
      nodeId: node.id,
      message:
        delay === null
          ? `${name(node)} has no wait time.`
          : `${name(node)} waits for no time at all; it needs a positive duration.`,
      fix: 'Open the step and set how long to wait (minutes, hours or days), or read the time from a post-call analysis field.',
      summary: 'no positive duration',
    }),
  )
  return out
}

const name = (step: CheckedStep) => stepName(step, 'Wait')

export const timeSpec = {
  type: 'TIME',
  title: 'Wait',
  description: 'Hold the lead for a duration, then continue',
  defaultLabel: 'Wait',
  outputs: [{ id: 'next', edgeLabel: null, title: 'Then', stranded: 'leads whose wait is over' }],
  terminal: false,
  placesCall: false,
  waits: true,
  check: checkTime,
} satisfies NodeTypeSpec<'TIME'>
