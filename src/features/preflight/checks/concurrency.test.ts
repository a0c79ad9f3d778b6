import { describe, expect, it } from 'vitest'
import { edge, node, nurtureInput, problemsOf, withEdges, withNodes } from '../testing/fixtures'

const base = nurtureInput()
const warnings = (input: typeof base) =>
  problemsOf(input).filter((p) => p.code === 'concurrency.over-limit')

describe('concurrency', () => {
  it('warns when more enrolled leads would be called at once than the workspace allows', () => {
    const problems = warnings({ ...base, enrolledLeads: 120, concurrencyLimit: 5 })
    expect(problems).toMatchObject([
      { nodeId: 'call1', severity: 'warning', summary: '120 calls wanted at once, limit 5' },
    ])
  })

  it('is quiet at or under the limit, or when either number is unknown', () => {
    expect(warnings({ ...base, enrolledLeads: 5, concurrencyLimit: 5 })).toEqual([])
    expect(warnings({ ...base, enrolledLeads: 500, concurrencyLimit: undefined })).toEqual([])
    expect(warnings({ ...base, enrolledLeads: undefined })).toEqual([])
  })

  it('still warns when a fixed wait comes first (it releases the leads together)', () => {
    const graph = withEdges(
      withNodes(base.graph, node('hold', 'TIME', 'Hold', { delay_hours: 1 })),
      edge('hold', 'call1'),
    )
    expect(warnings({ ...base, graph, enrolledLeads: 50 })).toMatchObject([{ nodeId: 'call1' }])
  })

  it('is quiet when a post-call-analysis wait spreads the leads out before any call', () => {
    const pca = node('hold', 'TIME', 'Call back when asked', {
      time_source: 'postcall_analysis',
      pca_field: 'callback',
    })
    const graph = withEdges(withNodes(base.graph, pca), edge('hold', 'call1'))
    expect(warnings({ ...base, graph, enrolledLeads: 50 })).toEqual([])
  })
})
