import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { fetchGraph } from '../../api/graph'
import { toSnapshot } from '../../api/history'
import type { GraphSnapshot } from '../../domain/graph-diff/snapshot'
import { renderWithProviders, startMockApi } from '../../test/render'
import { RestoreDialog } from './restore-dialog'

const { server } = startMockApi()
/** Active, with leads in flight: 3 wait in 'Wait 2 more days', 2 wait and 1 is in a call in 'Book branch visit'. */
const WF = 'wf_nurture00001'

const without = (graph: GraphSnapshot, label: string): GraphSnapshot => {
  const gone = graph.nodes.find((n) => n.label === label)!.id
  return {
    nodes: graph.nodes.filter((n) => n.id !== gone),
    edges: graph.edges.filter((e) => e.from_node_id !== gone && e.to_node_id !== gone),
  }
}

async function openRestore(remove: string[]) {
  const current = await fetchGraph(WF)
  const target = remove.reduce(without, toSnapshot(current))
  renderWithProviders(
    <RestoreDialog
      workflowId={WF}
      current={current}
      target={{ title: "'Lean'", graph: target }}
      onClose={() => undefined}
    />,
  )
  return screen.findByRole('dialog', { name: "Restore 'Lean'" })
}

describe('RestoreDialog', () => {
  it('says, per step it deletes, how many leads wait or are in a call there', async () => {
    const dialog = await openRestore(['Wait 2 more days', 'Book branch visit'])
    const impact = await within(dialog).findByRole('list', { name: 'Impact on leads in flight' })
    expect(
      within(impact)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '3 leads are in “Book branch visit” (2 waiting, 1 in a call). Restoring removes it, which leaves them stranded: they will never move on.',
      '3 leads are waiting in “Wait 2 more days”. Restoring removes it, which leaves them stranded: they will never move on.',
    ])
    expect(within(dialog).getByText(/6 leads are affected/)).toBeInTheDocument()
    expect(within(dialog).getByRole('list', { name: 'Operations' })).toHaveTextContent(
      "Delete step 'Wait 2 more days' (and its connections)",
    )
  })

  it('says when the leads cannot be counted, instead of claiming no leads are affected', async () => {
    server.use(
      http.get('*/v1/workflows/:id/leads', () =>
        HttpResponse.json({ message: 'Boom' }, { status: 500 }),
      ),
    )
    const dialog = await openRestore(['Wait 2 more days'])
    expect(
      await within(dialog).findByText(/The leads in flight could not be counted/),
    ).toBeInTheDocument()
  })

  it('applies the operations, and stops part-way saying what was and was not applied', async () => {
    server.use(
      http.delete('*/v1/workflows/:id/nodes/:nodeId', () =>
        HttpResponse.json(
          { statusCode: 409, message: 'No valid entry point would remain' },
          { status: 409 },
        ),
      ),
    )
    const user = userEvent.setup()
    const dialog = await openRestore(['Wait 2 more days'])
    await user.click(within(dialog).getByRole('button', { name: /^Restore \(\d+ changes\)$/ }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(
      /Stopped at step 1: .*No valid entry point would remain.*0 applied, 1 not applied/,
    )
    expect(within(dialog).getByRole('list', { name: 'Operations' })).toHaveTextContent('— failed')
    expect((await fetchGraph(WF)).nodes.map((n) => n.label)).toContain('Wait 2 more days')
  })

  it('restores: the step is gone from the API graph and the dialog says so', async () => {
    const user = userEvent.setup()
    const dialog = await openRestore(['Wait 2 more days'])
    await user.click(within(dialog).getByRole('button', { name: /^Restore \(\d+ changes\)$/ }))
    expect(await within(dialog).findByText('✓ Restored.')).toBeInTheDocument()
    expect((await fetchGraph(WF)).nodes.map((n) => n.label)).not.toContain('Wait 2 more days')
  })
})
