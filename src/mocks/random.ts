/** A small seeded PRNG (mulberry32) so ids and simulated outcomes are reproducible in tests. */
export type Random = {
  /** Uniform float in [0, 1). */
  next(): number
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number
  /** Restart the sequence from `seed` (used by reset). */
  reseed(seed: number): void
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    reseed: (nextSeed) => {
      state = nextSeed >>> 0
    },
  }
}
