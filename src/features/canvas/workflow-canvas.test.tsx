import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { graphQueries } from '../../api/graph'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { WorkflowCanvas } from './workflow-canvas'

const graph: WorkflowGraph = {
  nodes: [
    { id: 'n1', nodeType: 'VOICE_CALL', label: 'First call', position: { x: 0, y: 0 }, config: {} },
    {
      id: 'n2',
      nodeType: 'WEBHOOK',
      label: 'Legacy hook',
      position: null,
      config: { url: 'https://x' },
    },
    { id: 'n3', nodeType: 'CONVERTED', label: 'Won', position: null, config: {} },
  ],
  edges: [
    { id: 'e1', source: 'n1', target: 'n2', label: 'COMPLETED' },
    { id: 'e2', source: 'n2', target: 'n3', label: 'delivered' },
  ],
}

function renderCanvas(status: 'draft' | 'completed') {
  const client = new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: false } },
  })
  client.setQueryData(graphQueries.graph('wf_1').queryKey, graph)
  client.setQueryData(['agents'], {
    data: [],
    meta: { page: 1, limit: 1, total: 0, totalPages: 1 },
  })
  client.setQueryData(['phone-numbers'], {
    data: [],
    meta: { page: 1, limit: 1, total: 0, totalPages: 1 },
  })
  return render(
    <QueryClientProvider client={client}>
      <div style={{ width: 1000, height: 700 }}>
        <WorkflowCanvas workflowId="wf_1" status={status} />
      </div>
    </QueryClientProvider>,
  )
}

// jsdom measures nothing, so React Flow keeps nodes `visibility: hidden` and testing-library
// computes no name for them; read the wrapper React Flow renders instead.
const node = (id: string) => screen.getByTestId(`rf__node-${id}`)

describe('WorkflowCanvas', () => {
  it('renders every node, an unknown type as a generic node, with accessible names', () => {
    renderCanvas('draft')
    expect(node('n1')).toHaveAttribute('aria-label', 'Voice call step: First call')
    expect(node('n1')).toHaveAttribute('tabindex', '0')
    const unknown = node('n2')
    expect(unknown).toHaveAttribute('aria-label', 'WEBHOOK (unknown type) step: Legacy hook')
    expect(unknown).toHaveClass('react-flow__node-generic')
    // Its outgoing edge keeps a handle of its own label.
    expect(within(unknown).getByText('delivered')).toBeInTheDocument()
    expect(node('n3')).toHaveAttribute('aria-label', 'Converted step: Won')
    expect(screen.getByRole('button', { name: 'Add voice call step' })).toBeInTheDocument()
  })

  it('offers no editing on a completed workflow', () => {
    renderCanvas('completed')
    expect(screen.getByText(/can be viewed but not changed/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add voice call step' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Tidy up' })).not.toBeInTheDocument()
  })
})
