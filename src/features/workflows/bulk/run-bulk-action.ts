import { describeError, isApiError } from '../../../api/api-error'
import type { BulkAction, PlannedItem } from './plan-bulk-action'

export type BulkResult = {
  id: string
  title: string
  outcome: 'done' | 'refused' | 'failed'
  /** Why it was refused or failed: the API's message, or the status that did not allow it. */
  reason?: string
  /** Nothing was sent for it (its status already ruled the action out). */
  sent: boolean
}

type Send = (id: string, action: BulkAction) => Promise<unknown>

/**
 * Sends the action for each planned workflow one after another (a selection is small; one at a
 * time stays inside the API's rate limit and reports progress in order). A refusal (4xx) or a
 * failure of one never stops the others.
 */
export async function runBulkAction(
  action: BulkAction,
  plan: PlannedItem[],
  send: Send,
  onProgress?: (results: BulkResult[]) => void,
): Promise<BulkResult[]> {
  const results: BulkResult[] = []
  for (const item of plan) {
    if (!item.send) {
      results.push({
        id: item.id,
        title: item.title,
        outcome: 'refused',
        reason: item.reason,
        sent: false,
      })
    } else {
      try {
        await send(item.id, action)
        results.push({ id: item.id, title: item.title, outcome: 'done', sent: true })
      } catch (error) {
        const refused = isApiError(error) && error.kind === 'http' && error.status < 500
        results.push({
          id: item.id,
          title: item.title,
          outcome: refused ? 'refused' : 'failed',
          reason: describeError(error),
          sent: true,
        })
      }
    }
    onProgress?.([...results])
  }
  return results
}

/** "2 paused, 1 refused". */
export function summariseBulk(action: BulkAction, results: BulkResult[]): string {
  const count = (o: BulkResult['outcome']) => results.filter((r) => r.outcome === o).length
  const done = { pause: 'paused', resume: 'resumed', cancel: 'cancelled' }[action]
  const parts = [`${count('done')} ${done}`]
  if (count('refused')) parts.push(`${count('refused')} refused`)
  if (count('failed')) parts.push(`${count('failed')} failed`)
  return parts.join(', ')
}
