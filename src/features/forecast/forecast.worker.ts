import { timeZoneOfPhone } from '../../domain/time-zones/phone-time-zone'
import type { ForecastInput } from './simulation/forecast-types'
import { simulateForecast } from './simulation/simulate'

/** Runs the forecast off the page's thread; answers each request with its id. */
self.onmessage = (event: MessageEvent<{ id: number; input: ForecastInput }>) => {
  const { id, input } = event.data
  try {
    self.postMessage({ id, result: simulateForecast(input, timeZoneOfPhone) })
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
}
