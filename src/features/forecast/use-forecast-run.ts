import { useEffect, useRef, useState } from 'react'
import type { ForecastInput, ForecastResult } from './simulation/forecast-types'

type Answer = { id: number; result?: ForecastResult; error?: string }
type State = { result: ForecastResult | null; error: string | null; running: boolean }

/** Waits this long after the last change before simulating, so typing a number runs it once. */
const SETTLE_MS = 250

async function runInPage(input: ForecastInput): Promise<ForecastResult> {
  // Where there is no Worker (the unit tests' jsdom) the simulation runs here instead.
  const [{ simulateForecast }, { timeZoneOfPhone }] = await Promise.all([
    import('./simulation/simulate'),
    import('../../domain/time-zones/phone-time-zone'),
  ])
  return simulateForecast(input, timeZoneOfPhone)
}

/**
 * The forecast of `input`, simulated in a Web Worker so the page never waits for it. Only the
 * answer to the latest input is shown; `null` input shows nothing.
 */
export function useForecastRun(input: ForecastInput | null): State {
  const [state, setState] = useState<State>({ result: null, error: null, running: false })
  const worker = useRef<Worker | null>(null)
  const latest = useRef(0)

  useEffect(() => {
    if (typeof Worker === 'undefined') return
    const w = new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = (event: MessageEvent<Answer>) => {
      if (event.data.id !== latest.current) return
      setState({
        result: event.data.result ?? null,
        error: event.data.error ?? null,
        running: false,
      })
    }
    worker.current = w
    return () => {
      w.terminate()
      worker.current = null
    }
  }, [])

  useEffect(() => {
    if (!input) return
    const id = ++latest.current
    const timer = setTimeout(() => {
      setState((old) => ({ ...old, running: true }))
      if (worker.current) worker.current.postMessage({ id, input })
      else
        void runInPage(input).then(
          (result) => id === latest.current && setState({ result, error: null, running: false }),
          (error: unknown) =>
            id === latest.current &&
            setState({ result: null, error: String(error), running: false }),
        )
    }, SETTLE_MS)
    return () => clearTimeout(timer)
  }, [input])

  return state
}
