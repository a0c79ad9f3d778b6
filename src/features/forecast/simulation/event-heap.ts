/**
 * A binary min-heap of simulation events on parallel typed arrays (time, then insertion order):
 * 10,000 leads push a few hundred thousand events, and objects per event would cost more in
 * garbage collection than the whole simulation.
 */
export function createEventHeap(initial = 1024) {
  let time = new Float64Array(initial)
  let order = new Float64Array(initial)
  let lead = new Int32Array(initial)
  let step = new Int32Array(initial)
  let kind = new Int8Array(initial)
  let output = new Int16Array(initial)
  let size = 0
  let sequence = 0

  const less = (a: number, b: number) =>
    (time[a] as number) < (time[b] as number) ||
    (time[a] === time[b] && (order[a] as number) < (order[b] as number))
  const swapIn = (
    arr: Float64Array | Int32Array | Int8Array | Int16Array,
    a: number,
    b: number,
  ) => {
    const t = arr[a] as number
    arr[a] = arr[b] as number
    arr[b] = t
  }
  const swap = (a: number, b: number) => {
    swapIn(time, a, b)
    swapIn(order, a, b)
    swapIn(lead, a, b)
    swapIn(step, a, b)
    swapIn(kind, a, b)
    swapIn(output, a, b)
  }
  const grow = () => {
    const n = time.length * 2
    const copy = <T extends Float64Array | Int32Array | Int8Array | Int16Array>(
      old: T,
      make: (n: number) => T,
    ) => {
      const next = make(n)
      next.set(old)
      return next
    }
    time = copy(time, (n) => new Float64Array(n))
    order = copy(order, (n) => new Float64Array(n))
    lead = copy(lead, (n) => new Int32Array(n))
    step = copy(step, (n) => new Int32Array(n))
    kind = copy(kind, (n) => new Int8Array(n))
    output = copy(output, (n) => new Int16Array(n))
  }

  return {
    get size() {
      return size
    },
    push(at: number, leadIndex: number, stepIndex: number, eventKind: number, outputIndex = 0) {
      if (size === time.length) grow()
      let i = size++
      time[i] = at
      order[i] = sequence++
      lead[i] = leadIndex
      step[i] = stepIndex
      kind[i] = eventKind
      output[i] = outputIndex
      while (i > 0) {
        const parent = (i - 1) >> 1
        if (!less(i, parent)) break
        swap(i, parent)
        i = parent
      }
    },
    /** Moves the earliest event to slot `size` (past the end) and returns its fields. */
    pop(into: { time: number; lead: number; step: number; kind: number; output: number }) {
      into.time = time[0] as number
      into.lead = lead[0] as number
      into.step = step[0] as number
      into.kind = kind[0] as number
      into.output = output[0] as number
      size -= 1
      if (size > 0) {
        swap(0, size)
        let i = 0
        for (;;) {
          const l = 2 * i + 1
          const r = l + 1
          let m = i
          if (l < size && less(l, m)) m = l
          if (r < size && less(r, m)) m = r
          if (m === i) break
          swap(i, m)
          i = m
        }
      }
      return into
    },
    peekTime: () => (size > 0 ? (time[0] as number) : Infinity),
  }
}
