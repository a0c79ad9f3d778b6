import { performance } from 'node:perf_hooks'
import { buildGraphIndex } from '../src/features/preflight/graph-index'
import { checkWiring } from '../src/features/preflight/checks/wiring'
import { generateWorkflow } from './generate-graph'
for (const N of [1000, 5000, 5000, 1000]) {
  const w = generateWorkflow({ nodes: N, seed: 42 })
  const med = (f: () => void) => {
    const v: number[] = []
    for (let r = 0; r < 60; r++) {
      const a = performance.now()
      f()
      v.push(performance.now() - a)
    }
    v.sort((a, b) => a - b)
    return v[30]!.toFixed(3) + '/' + v[0]!.toFixed(3)
  }
  const idx = buildGraphIndex(w.graph)
  console.log(
    N,
    'index',
    med(() => buildGraphIndex(w.graph)),
    'wiring',
    med(() => checkWiring(idx, w)),
  )
}
