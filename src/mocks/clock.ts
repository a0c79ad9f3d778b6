/**
 * The simulated clock every mock timestamp comes from. `speed` is simulated ms per real ms;
 * the real-time loop in the runtime calls `advance(elapsedReal * speed)`, tests call it directly.
 */
export type SimClock = {
  now(): number
  iso(): string
  advance(ms: number): void
  readonly speed: number
  setSpeed(speed: number): void
  set(ms: number): void
}

export const DEFAULT_SPEED = 3600

export function createSimClock(startMs: number, speed = DEFAULT_SPEED): SimClock {
  let current = startMs
  let currentSpeed = speed
  return {
    now: () => current,
    iso: () => new Date(current).toISOString(),
    advance: (ms) => {
      if (ms > 0) current += ms
    },
    get speed() {
      return currentSpeed
    },
    setSpeed: (next) => {
      currentSpeed = next
    },
    set: (ms) => {
      current = ms
    },
  }
}
