import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { Workflow } from '../../../api/schemas/workflow'
import { call } from '../../../mocks/test-utils'
import { renderWithProviders, startMockApi } from '../../../test/render'
import { ImportWorkflowDialog } from './import-workflow-dialog'

const { server } = startMockApi()

const exported = {
  format: 'workflow-console.graph',
  formatVersion: 1,
  source: { workflowId: 'wf_old', versionId: 4, versionName: 'Before Diwali pause' },
  graph: {
    nodes: [
      { id: 'n1', node_type: 'TIME', label: 'Wait 2 days', position_x: 0, position_y: 0, config: { time_source: 'fixed_duration', duration_value: 2, duration_unit: 'days' } },
      { id: 'n2', node_type: 'CONVERTED', label: 'Done', position_x: 0, position_y: 120, config: {} },
      { id: 'n3', node_type: 'DROPPED', label: 'Gave up', position_x: 200, position_y: 120, config: {} },
    ],
    edges: [{ id: 'e1', from_node_id: 'n1', to_node_id: 'n2', label: null }],
  },
}
const file = (content: unknown, name = 'nurture-v4.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' })

function open() {
  const onCreated = vi.fn<(w: Workflow) => void>()
  renderWithProviders(<ImportWorkflowDialog open onClose={() => undefined} onCreated={onCreated} />)
  return { onCreated, dialog: screen.getByRole('dialog', { name: 'New workflow from file' }) }
}

async function graphOf(workflowId: string) {
  const nodes = (await call('GET', `/workflows/${workflowId}/nodes`)).body.data as { id: string; label: string }[]
  const edges = (await call('GET', `/workflows/${workflowId}/edges`)).body.data as { from_node_id: string; to_node_id: string }[]
  const label = (id: string) => nodes.find((n) => n.id === id)?.label
  return { steps: nodes.map((n) => n.label).sort(), connections: edges.map((e) => `${label(e.from_node_id)} → ${label(e.to_node_id)}`) }
}

describe('New workflow from file', () => {
  it('creates the workflow with every step and connection, named after the saved version', async () => {
    const user = userEvent.setup()
    const { onCreated, dialog } = open()
    await user.upload(within(dialog).getByLabelText('Workflow file (JSON)'), file(exported))
    expect(await within(dialog).findByTestId('import-summary')).toHaveTextContent('3 steps, 1 connection,')
    expect(within(dialog).getByLabelText('Name of the new workflow')).toHaveValue('Before Diwali pause')
    await user.click(within(dialog).getByRole('button', { name: 'Create workflow from file' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce())
    const workflow = onCreated.mock.calls[0]![0]
    expect(workflow.title).toBe('Before Diwali pause')
    expect(await graphOf(workflow.id)).toEqual({ steps: ['Done', 'Gave up', 'Wait 2 days'], connections: ['Wait 2 days → Done'] })
  })

  it('refuses a bad file with reasons and creates nothing', async () => {
    const total = async () => ((await call('GET', '/workflows?limit=100')).body.meta as { total: number }).total
    const before = await total()
    const user = userEvent.setup()
    const { dialog } = open()
    const input = within(dialog).getByLabelText('Workflow file (JSON)')
    await user.upload(input, file('name,phone\nAsha,+9199', 'leads.csv'))
    expect(await within(dialog).findByRole('list', { name: 'Problems in the file' })).toHaveTextContent(/The file is not JSON/)
    expect(input).toHaveAttribute('aria-invalid', 'true')
    const broken = { ...exported, graph: { ...exported.graph, nodes: [...exported.graph.nodes, { ...exported.graph.nodes[0]!, id: 'n4', node_type: 'SMS', label: 'Text' }], edges: [...exported.graph.edges, { id: 'e2', from_node_id: 'n1', to_node_id: 'n9', label: null }] } }
    await user.upload(input, file(broken))
    const problems = await within(dialog).findByRole('list', { name: 'Problems in the file' })
    expect(problems).toHaveTextContent("Step 4 'Text' has the type 'SMS', which cannot be created")
    expect(problems).toHaveTextContent("Connection 2 goes to 'n9', which is not a step in the file.")
    expect(within(dialog).getByRole('button', { name: 'Create workflow from file' })).toBeDisabled()
    expect(await total()).toBe(before)
  })

  it('keeps the file and the name when the workflow cannot be created', async () => {
    server.use(http.post('*/v1/workflows', () => HttpResponse.json({ statusCode: 503, message: 'Upstream is down' }, { status: 503 })))
    const user = userEvent.setup()
    const { onCreated, dialog } = open()
    await user.upload(within(dialog).getByLabelText('Workflow file (JSON)'), file(exported))
    const name = within(dialog).getByLabelText('Name of the new workflow')
    await user.clear(name)
    await user.type(name, 'My own name')
    await user.click(within(dialog).getByRole('button', { name: 'Create workflow from file' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/The workflow was not created: .*Upstream is down.*Nothing was created/)
    expect(name).toHaveValue('My own name')
    expect(within(dialog).getByTestId('import-summary')).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Create workflow from file' })).toBeEnabled()
    expect(onCreated).not.toHaveBeenCalled()
  })

  it('says what was created when it stops part-way, then builds the rest on request', async () => {
    let refuse = true
    server.use(
      http.post('*/v1/workflows/:id/edges', () =>
        refuse ? HttpResponse.json({ statusCode: 500, message: 'Edge store unavailable' }, { status: 500 }) : undefined,
      ),
    )
    const user = userEvent.setup()
    const { onCreated, dialog } = open()
    await user.upload(within(dialog).getByLabelText('Workflow file (JSON)'), file(exported))
    await user.click(within(dialog).getByRole('button', { name: 'Create workflow from file' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent("The workflow 'Before Diwali pause' was created, but only with 3 of 3 steps and 0 of 1 connection.")
    expect(alert).toHaveTextContent(/It stopped while connecting 'Wait 2 days' to 'Done': .*Edge store unavailable/)
    refuse = false
    await user.click(within(dialog).getByRole('button', { name: 'Try the rest again' }))
    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce())
    const { steps, connections } = await graphOf(onCreated.mock.calls[0]![0].id)
    expect(steps).toHaveLength(3)
    expect(connections).toEqual(['Wait 2 days → Done'])
  })

  it('closing clears the form, but keeps a workflow built part-way for when it opens again', async () => {
    server.use(http.post('*/v1/workflows/:id/edges', () => HttpResponse.json({ message: 'Edge store unavailable' }, { status: 500 })))
    function Harness() {
      const [open, setOpen] = useState(false)
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>Open import</button>
          <ImportWorkflowDialog open={open} onClose={() => setOpen(false)} onCreated={() => undefined} />
        </>
      )
    }
    const user = userEvent.setup()
    renderWithProviders(<Harness />)
    await user.click(screen.getByRole('button', { name: 'Open import' }))
    let dialog = await screen.findByRole('dialog')
    await user.upload(within(dialog).getByLabelText('Workflow file (JSON)'), file(exported))
    await within(dialog).findByTestId('import-summary')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await user.click(screen.getByRole('button', { name: 'Open import' }))
    dialog = await screen.findByRole('dialog')
    expect(within(dialog).queryByTestId('import-summary')).toBeNull()
    expect(within(dialog).getByLabelText('Name of the new workflow')).toHaveValue('')

    await user.upload(within(dialog).getByLabelText('Workflow file (JSON)'), file(exported))
    await user.click(await within(dialog).findByRole('button', { name: 'Create workflow from file' }))
    await within(dialog).findByRole('button', { name: 'Try the rest again' })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await user.click(screen.getByRole('button', { name: 'Open import' }))
    dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByRole('alert')).toHaveTextContent("The workflow 'Before Diwali pause' was created, but only with 3 of 3 steps")
    expect(within(dialog).getByRole('button', { name: 'Delete the new workflow' })).toBeEnabled()
  })
})
