import type { ForecastLink, ForecastStep } from '../src/features/forecast/simulation/forecast-types'

/** Nine rounds of call → (DNP) wait 2 days / (COMPLETED) condition, a last call, two ends. */
export function thirtyStepGraph() {
  const steps: ForecastStep[] = []
  const links: ForecastLink[] = []
  const step = (id: string, nodeType: string, config: Record<string, unknown> = {}) => {
    steps.push({ id, nodeType, config })
    return id
  }
  const link = (source: string, target: string, label: string | null) =>
    links.push({ id: `e${links.length}`, source, target, label })
  const won = step('won', 'CONVERTED')
  const lost = step('lost', 'DROPPED')
  let call = step('call0', 'VOICE_CALL')
  for (let round = 0; round < 9; round++) {
    const wait = step(`wait${round}`, 'TIME', { duration_value: 2, duration_unit: 'days' })
    const check = step(`check${round}`, 'CONDITIONAL', {
      conditions: [{ field: 'interested', operator: 'equals', value: 'yes' }],
    })
    const next = step(`call${round + 1}`, 'VOICE_CALL')
    link(call, check, 'COMPLETED')
    link(call, wait, 'DNP')
    link(call, lost, 'FAILED')
    link(check, won, 'true')
    link(check, lost, 'false')
    link(wait, next, null)
    call = next
  }
  link(call, won, 'COMPLETED')
  link(call, lost, null)
  return { steps, links }
}
