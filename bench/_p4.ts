import { performance } from 'node:perf_hooks'
import { nodeOutputs } from '../src/features/preflight/node-outputs'
import { generateWorkflow } from './generate-graph'
for (const N of [1000, 5000]) {
  const w = generateWorkflow({ nodes: N, seed: 42 })
  const med = (f: () => void) => {
    const v: number[] = []
    for (let r = 0; r < 60; r++) {
      const a = performance.now()
      f()
      v.push(performance.now() - a)
    }
    v.sort((a, b) => a - b)
    return v[30]!.toFixed(3)
  }
  console.log(
    N,
    'outputs',
    med(() => {
      for (const n of w.graph.nodes) nodeOutputs(n)
    }),
    'maps',
    med(() => {
      const m = new Map<string, number>()
      const a: unknown[][] = []
      w.graph.nodes.forEach((n, i) => {
        m.set(n.id, i)
        a.push([])
      })
      for (const e of w.graph.edges) {
        const f = m.get(e.source)
        const t = m.get(e.target)
        if (f !== undefined && t !== undefined) a[f]!.push(e)
      }
    }),
    'nodeById',
    med(() => {
      const m = new Map()
      for (const n of w.graph.nodes) m.set(n.id, n)
    }),
  )
}
