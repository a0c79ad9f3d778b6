/** Thrown (or returned) when a pooled run was stopped through its AbortSignal. */
export class PoolCancelled extends Error {
  constructor() {
    super('cancelled')
    this.name = 'PoolCancelled'
  }
}

export type PoolOptions = {
  /** At most this many tasks in flight at once. */
  limit: number
  /** Once aborted, no further task starts; those in flight are awaited. */
  signal?: AbortSignal | undefined
  /** After each task that succeeded: how many have, out of all. */
  onDone?: ((done: number, total: number) => void) | undefined
}

export type PoolResult = {
  /** Indexes of the items whose task succeeded. */
  done: number[]
  /** The first failure; no further task starts after it. */
  error?: unknown
  cancelled: boolean
}

/**
 * Runs `task` over `items` with bounded parallelism (a browser opens about six connections per
 * host; more requests only queue). Never rejects: says which succeeded, the first error and
 * whether it was cancelled.
 */
export async function runPool<T>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<unknown>,
  options: PoolOptions,
): Promise<PoolResult> {
  const done: number[] = []
  let next = 0
  let error: unknown
  let failed = false
  const stopped = () => failed || options.signal?.aborted === true
  const worker = async () => {
    while (!stopped() && next < items.length) {
      const index = next++
      try {
        await task(items[index] as T, index)
        done.push(index)
        options.onDone?.(done.length, items.length)
      } catch (e) {
        if (!failed) error = e
        failed = true
      }
    }
  }
  const workers = Math.max(1, Math.min(options.limit, items.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return {
    done: done.sort((a, b) => a - b),
    ...(failed ? { error } : {}),
    cancelled: !failed && options.signal?.aborted === true,
  }
}
