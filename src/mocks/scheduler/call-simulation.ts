import type { MockContext, PlannedCall } from '../context'
import { CALL_OUTCOMES } from '../../domain/step-semantics/call-outcome'
import type { CallResult, LeadRecord, NodeRecord } from '../db/types'
import { conditionalRules, pcaField } from '../graph/node-config'

type Attributes = CallResult['attributes']

const CALLBACK_TIMES = ['tomorrow 4 PM', '6 PM', 'evening 7', 'tomorrow 11:30 AM', 'not sure yet']

/** Outcome odds: 55% completed, 30% did not pick (no answer / busy / voicemail), 15% failed. */
function randomStatus(roll: number, sub: number): PlannedCall['status'] {
  if (roll < 0.55) return 'completed'
  if (roll < 0.85) return sub < 0.6 ? 'no_answer' : sub < 0.85 ? 'busy' : 'voicemail'
  return 'failed'
}

/**
 * Post-call analysis for a completed call: plausible values for every field the workflow's
 * conditions and PCA waits read, so both branches of a demo graph get traffic.
 */
function analysis({ db, random }: MockContext, lead: LeadRecord): Attributes {
  const attributes: Attributes = { sentiment: random.next() < 0.6 ? 'positive' : 'neutral' }
  for (const node of db.nodesOf(lead.workflow_id)) {
    if (node.node_type === 'TIME') {
      const field = pcaField(node.config)
      if (field)
        attributes[field] = CALLBACK_TIMES[random.int(0, CALLBACK_TIMES.length - 1)] ?? '6 PM'
    }
    if (node.node_type !== 'CONDITIONAL') continue
    for (const rule of conditionalRules(node.config).rules) {
      const field = rule.field.replace(/^postcall_analysis\./, '')
      if (!field || field in lead.variables || field in attributes) continue
      if (rule.operator === 'greater_than' || rule.operator === 'less_than')
        attributes[field] = random.int(0, 10)
      else if (rule.operator === 'exists') {
        if (random.next() < 0.7) attributes[field] = 'yes'
      } else attributes[field] = random.next() < 0.6 ? String(rule.value ?? 'yes') : 'no'
    }
  }
  return attributes
}

export function simulateCall(context: MockContext, lead: LeadRecord, node: NodeRecord): CallResult {
  const { random, clock, db } = context
  const planned = context.settings.callPlanner?.(lead, node) ?? null
  const status = planned?.status ?? randomStatus(random.next(), random.next())
  const durationSec =
    planned?.durationSec ??
    (status === 'completed'
      ? random.int(60, 360)
      : status === 'failed'
        ? random.int(30, 40)
        : random.int(30, 60))
  const attributes =
    status === 'completed' ? { ...analysis(context, lead), ...planned?.attributes } : {}
  const startedAt = clock.now()
  return {
    call_id: db.newId('call_'),
    node_id: node.id,
    status,
    ...CALL_OUTCOMES[status],
    started_at: startedAt,
    ends_at: startedAt + durationSec * 1000,
    duration_sec: durationSec,
    attributes,
  }
}
