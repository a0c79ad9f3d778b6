import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId } from 'react'
import { toast } from '../../lib/toast'
import { describeError } from '../../api/api-error'
import { workflowKeys } from '../../api/query-keys'
import { Button } from '../../components/ui/button'
import { clockQueries, setMockClock, type MockClock } from './clock-api'
import { useSimNow } from './use-sim-now'
import { DateTime } from '../../components/ui/date-time'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Simulated ms per real ms. */
export const SPEEDS = [
  { value: 0, label: 'Paused' },
  { value: 1, label: 'Real time' },
  { value: 60, label: '1 minute per second' },
  { value: 3_600, label: '1 hour per second' },
  { value: 86_400, label: '1 day per second' },
] as const

/**
 * The demo's simulated clock: current time, speed and skips. Rendered only when the built-in
 * mock answers `GET /v1/__mock/clock`; against a real API it renders nothing.
 */
export function ClockControl() {
  const speedId = useId()
  const queryClient = useQueryClient()
  const clock = useQuery(clockQueries.clock())
  const now = useSimNow(clock.data, clock.dataUpdatedAt)
  const change = useMutation({
    mutationFn: setMockClock,
    onSuccess: async (next, variables) => {
      queryClient.setQueryData<MockClock>(clockQueries.clock().queryKey, next)
      if ('advance_ms' in variables) {
        // Leads moved: refresh what shows them (live counts, lead lists and histories, workflow counts).
        // Graphs do not change when leads move (and may hold an optimistic edit).
        await queryClient.invalidateQueries({
          queryKey: workflowKeys.all(),
          predicate: (query) => query.queryKey[2] !== 'graph',
        })
      }
    },
    onError: (error) =>
      toast.error(`The simulated clock could not be changed: ${describeError(error)}`),
  })

  if (!clock.data || now === null) return null
  const speed = clock.data.speed
  const known = SPEEDS.some((s) => s.value === speed)
  return (
    <div
      role="group"
      aria-label="Simulated clock"
      className="flex flex-wrap items-center gap-2 text-sm"
      data-testid="clock-control"
    >
      <span className="text-slate-700">
        <span className="text-xs text-slate-600">Simulated </span>
        <span className="tabular-nums">
          <DateTime iso={new Date(now).toISOString()} />
        </span>
      </span>
      <label htmlFor={speedId} className="text-xs text-slate-600">
        Speed<span className="sr-only"> of the simulated clock</span>
      </label>
      <select
        id={speedId}
        value={speed}
        onChange={(e) => change.mutate({ speed: Number(e.target.value) })}
        className="h-8 rounded-md border border-slate-300 bg-white px-1.5 text-sm"
      >
        {known ? null : <option value={speed}>{`${speed}× real time`}</option>}
        {SPEEDS.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <Button size="sm" variant="ghost" onClick={() => change.mutate({ advance_ms: HOUR })}>
        Skip 1 hour
      </Button>
      <Button size="sm" variant="ghost" onClick={() => change.mutate({ advance_ms: DAY })}>
        Skip 1 day
      </Button>
    </div>
  )
}
