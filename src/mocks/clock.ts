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

/**
 * One simulated minute per real second: calls (30 s – 6 min) are visible as "in call" for a few
 * seconds, and the speed control goes to one hour or one day per second to watch long waits.
 */
export const DEFAULT_SPEED = 60

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
