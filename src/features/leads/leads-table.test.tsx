import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { fetchGraph } from '../../api/graph'
import { call } from '../../mocks/test-utils'
import { renderWithProviders, startMockApi } from '../../test/render'
import type { LeadFilters } from './lead-filters'
import { LeadsTable } from './leads-table'

const { server } = startMockApi()
/** Seeded "Loan pre-approval nurture": active, leads finished and in flight. */
const WF = 'wf_nurture00001'

type MockLead = {
  id: string
  phone_number: string
  status: string
  current_node_id: string | null
  variables: Record<string, string>
}

async function seededLeads() {
  const { body } = await call('GET', `/workflows/${WF}/leads?limit=100`)
  return body.data as MockLead[]
}

function watchLeadQueries() {
  const queries: URLSearchParams[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (request.method === 'GET' && url.pathname === `/v1/workflows/${WF}/leads`)
      queries.push(url.searchParams)
  })
  return queries
}

async function setup(onShowPath = vi.fn()) {
  const graph = await fetchGraph(WF)
  const user = userEvent.setup()
  function Harness() {
    const [filters, setFilters] = useState<LeadFilters>({})
    return (
      <LeadsTable
        workflowId={WF}
        status="active"
        graph={graph}
        onShowPath={onShowPath}
        filters={filters}
        onFiltersChange={setFilters}
      />
    )
  }
  renderWithProviders(<Harness />)
  return { user, onShowPath, graph }
}

describe('LeadsTable', () => {
  it('shows status as text, the current step by name and variables, and asks for 20 per page', async () => {
    const leads = await seededLeads()
    const waiting = leads.find((l) => l.status === 'active' && l.current_node_id)!
    const done = leads.find((l) => l.status === 'completed')!
    const queries = watchLeadQueries()
    const { user, onShowPath, graph } = await setup()
    const table = await screen.findByRole('table', { name: /Leads enrolled in this workflow/ })
    expect(queries[0]?.get('limit')).toBe('20')

    const row = await within(table).findByRole('row', {
      name: new RegExp(`\\${waiting.phone_number}`),
    })
    const step = graph.nodes.find((n) => n.id === waiting.current_node_id)!
    expect(row).toHaveTextContent('Active')
    expect(row).toHaveTextContent(`At: ${step.label}`)
    expect(row).toHaveTextContent(`first_name=${waiting.variables.first_name}`)
    expect(row).not.toHaveTextContent(waiting.current_node_id!)

    // A finished lead cannot be removed.
    const finished = within(table).getByRole('row', { name: new RegExp(`\\${done.phone_number}`) })
    expect(within(finished).queryByRole('button', { name: /Remove/ })).toBeNull()

    await user.click(
      within(row).getByRole('button', { name: `Show path of ${waiting.phone_number}` }),
    )
    expect(onShowPath).toHaveBeenCalledWith(waiting.id)
  })

  it('searches by phone after typing stops', async () => {
    const [first, second] = await seededLeads()
    const queries = watchLeadQueries()
    const { user } = await setup()
    await screen.findByRole('row', { name: new RegExp(`\\${first!.phone_number}`) })
    const digits = second!.phone_number.slice(-6)
    await user.type(screen.getByLabelText('Search by phone'), digits)
    await waitFor(() => expect(queries.map((q) => q.get('search'))).toContain(digits), {
      timeout: 3_000,
    })
    await waitFor(() =>
      expect(
        screen.queryByRole('row', { name: new RegExp(`\\${first!.phone_number}`) }),
      ).not.toBeInTheDocument(),
    )
    expect(screen.getByRole('row', { name: new RegExp(`\\${second!.phone_number}`) })).toBeVisible()
    // One request before typing, one after it stopped: not one per key.
    expect(queries.map((q) => q.get('search'))).toEqual([null, digits])
  })

  it('explains with a toast when the lead had already finished or gone (409)', async () => {
    const lead = (await seededLeads()).find((l) => l.status === 'active')!
    const { user } = await setup()
    const remove = await screen.findByRole('button', { name: `Remove ${lead.phone_number}` })
    // Removed elsewhere while this table was on screen.
    expect((await call('DELETE', `/workflows/${WF}/leads/${lead.id}`)).status).toBe(200)
    await user.click(remove)
    const dialog = await screen.findByRole('dialog', { name: `Remove ${lead.phone_number}?` })
    await user.click(within(dialog).getByRole('button', { name: 'Remove lead' }))
    expect(
      await screen.findByText(/has already finished or was already removed/),
    ).toBeInTheDocument()
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})
