import { timeConfigSchema } from '../../../domain/node-config'
import { placesCall, waits } from '../../../domain/node-types'
import type { Check } from '../check'
import { nameOf, reach } from '../graph-index'
import { problem } from '../../../domain/problem'
import { parseConfig } from '../../../domain/config-cache'

/**
 * On activation every enrolled lead is placed on the entry step on the same tick (contract §9.2).
 * Conditions and actions pass instantly and fixed waits release the leads together again, so the
 * first VOICE_CALL a lead can reach before any post-call-analysis wait (which spreads leads out)
 * is asked for up to `enrolledLeads` calls at once. Above the workspace's slot pool (§10.1) the
 * rest queue: slower, not broken — hence a warning.
 */
export const checkConcurrency: Check = (index, input) => {
  const { concurrencyLimit: limit, enrolledLeads: leads } = input
  if (limit === undefined || leads === undefined || leads <= limit) return []
  const { nodes } = index
  const passesAtOnce = (i: number) => {
    const node = nodes[i]
    if (!node || placesCall(node.nodeType)) return false
    return (
      !waits(node.nodeType) ||
      parseConfig(timeConfigSchema, node.config).time_source !== 'postcall_analysis'
    )
  }
  const reached = reach(nodes.length, index.entries, index.out, passesAtOnce)
  const firstCall = nodes.find((n, i) => reached[i] && placesCall(n.nodeType))
  if (!firstCall) return []
  return [
    problem({
      code: 'concurrency.over-limit',
      severity: 'warning',
      nodeId: firstCall.id,
      message: `When the workflow starts, up to ${leads} leads reach ${nameOf(firstCall)} at the same moment, but the workspace places at most ${limit} calls at a time; the rest wait for a free line.`,
      fix: 'Nothing breaks: calls go out as lines free up. To go faster, raise the workspace’s concurrency limit or enrol leads in smaller batches. Other workflows and campaigns share the same lines.',
      summary: `${leads} calls wanted at once, limit ${limit}`,
    }),
  ]
}
