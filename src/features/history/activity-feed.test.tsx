import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { renderWithProviders, startMockApi } from '../../test/render'
import { ActivityFeed } from './activity-feed'

const { server } = startMockApi()
const WF = 'wf_nurture00001'
const asha = { kind: 'person', email: 'asha.rao@demo.invalid', name: 'Asha Rao' }
const ben = { kind: 'person', email: 'ben.okafor@demo.invalid', name: 'Ben Okafor' }
const line = (id: number, actor: object, summary: string, extra: object = {}) => ({
  id,
  workflowId: WF,
  at: '2026-12-01T10:00:00.000Z',
  actor,
  action: 'node.update',
  summary,
  outcome: 'accepted',
  apiStatus: 200,
  apiMessage: null,
  versionId: null,
  ...extra,
})

/** The history API as the server answers it, recording each query it was asked. */
function historyApi(pages: Record<string, { items: object[]; nextBefore: number | null }>) {
  const asked: URLSearchParams[] = []
  server.use(
    http.get('*/console-api/history/people', () =>
      HttpResponse.json({ people: [asha, ben].map(({ email, name }) => ({ email, name })) }),
    ),
    http.get('*/console-api/history/activity', ({ request }) => {
      const query = new URL(request.url).searchParams
      asked.push(query)
      const key = query.get('before') ?? query.get('person') ?? 'first'
      return HttpResponse.json(pages[key] ?? { items: [], nextBefore: null })
    }),
  )
  return asked
}

describe('ActivityFeed', () => {
  it('names who did what in words, and marks a refused write in words, not by colour alone', async () => {
    historyApi({
      first: {
        items: [
          line(3, ben, 'paused the workflow'),
          line(2, asha, "deleted 'Call 2' and 2 connections"),
          line(1, ben, 'resumed the workflow', {
            outcome: 'refused',
            apiStatus: 409,
            apiMessage: 'The workflow is not paused',
          }),
        ],
        nextBefore: null,
      },
    })
    renderWithProviders(<ActivityFeed workflowId={WF} />)
    const lines = await screen.findByRole('list', { name: 'Activity lines' })
    const texts = within(lines)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(texts[0]).toMatch(/^Ben Okafor paused the workflow/)
    expect(texts[1]).toMatch(/^Asha Rao deleted 'Call 2' and 2 connections/)
    expect(texts[2]).toMatch(
      /^Ben Okafor tried: resumed the workflow.*⚠ Refused by the API \(409\): The workflow is not paused/,
    )
  })

  it('filters by person and says when nothing matches', async () => {
    const asked = historyApi({
      first: { items: [line(1, asha, 'paused the workflow')], nextBefore: null },
    })
    const user = userEvent.setup()
    renderWithProviders(<ActivityFeed workflowId={WF} />)
    await screen.findByRole('list', { name: 'Activity lines' })
    await user.selectOptions(screen.getByLabelText('Person'), 'Ben Okafor')
    expect(
      await screen.findByText('No activity recorded that matches these filters.'),
    ).toBeInTheDocument()
    expect(asked.at(-1)?.get('person')).toBe('ben.okafor@demo.invalid')
    expect(asked.at(-1)?.get('workflow')).toBe(WF)
  })

  it('pages: "Show older" asks for the lines before the last one shown', async () => {
    const asked = historyApi({
      first: { items: [line(60, asha, 'newest change')], nextBefore: 60 },
      60: { items: [line(59, ben, 'older change')], nextBefore: null },
    })
    const user = userEvent.setup()
    renderWithProviders(<ActivityFeed workflowId={WF} />)
    await user.click(await screen.findByRole('button', { name: 'Show older' }))
    expect(await screen.findByText(/older change/)).toBeInTheDocument()
    expect(asked.at(-1)?.get('before')).toBe('60')
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show older' })).toBeNull())
  })

  it('says why the activity could not be loaded', async () => {
    server.use(
      http.get('*/console-api/history/people', () => HttpResponse.json({ people: [] })),
      http.get('*/console-api/history/activity', () =>
        HttpResponse.json({ message: 'The history database is unavailable' }, { status: 503 }),
      ),
    )
    renderWithProviders(<ActivityFeed workflowId={WF} />)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /The activity could not be loaded: .*history database is unavailable/,
    )
  })
})
