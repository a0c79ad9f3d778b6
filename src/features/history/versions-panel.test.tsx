import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { renderWithProviders, startMockApi } from '../../test/render'
import { VersionsPanel } from './versions-panel'

const { server } = startMockApi()
const WF = 'wf_nurture00001'
const version = (id: number, kind: string, name: string | null = null) => ({
  id,
  workflowId: WF,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:05:00.000Z',
  kind,
  name,
  actor: { kind: 'person', email: 'asha.rao@demo.invalid', name: 'Asha Rao' },
  stepCount: 11,
  connectionCount: 16,
})

function versionsApi() {
  const list = [
    version(3, 'edit'),
    version(2, 'named', 'Before Diwali pause'),
    version(1, 'first-seen'),
  ]
  const saved: unknown[] = []
  server.use(
    http.get('*/console-api/history/workflows/:id/versions', () =>
      HttpResponse.json({ versions: list }),
    ),
    http.post('*/console-api/history/workflows/:id/versions', async ({ request }) => {
      const body = (await request.json()) as { name: string }
      saved.push(body)
      if (body.name === 'fail')
        return HttpResponse.json(
          { message: 'The workflow’s graph could not be read from the API.' },
          { status: 404 },
        )
      const created = version(4, 'named', body.name)
      list.unshift(created)
      return HttpResponse.json(created, { status: 201 })
    }),
  )
  return saved
}

function renderPanel() {
  const onCompare = vi.fn()
  const onRestore = vi.fn()
  renderWithProviders(<VersionsPanel workflowId={WF} onCompare={onCompare} onRestore={onRestore} />)
  return { onCompare, onRestore }
}

describe('VersionsPanel', () => {
  it('lists versions in words; compares one with now or two picked, restores, exports', async () => {
    versionsApi()
    const user = userEvent.setup()
    const { onCompare, onRestore } = renderPanel()
    const list = await screen.findByRole('list', { name: 'Version list' })
    const named = within(list).getByRole('listitem', { name: 'Version 2' })
    expect(named).toHaveTextContent("Saved: 'Before Diwali pause'")
    expect(named).toHaveTextContent('Asha Rao')
    expect(named).toHaveTextContent('11 steps, 16 connections')
    expect(within(list).getByRole('listitem', { name: 'Version 3' })).toHaveTextContent(
      'Edited (latest)',
    )

    await user.click(within(named).getByRole('button', { name: 'Compare with now' }))
    expect(onCompare).toHaveBeenLastCalledWith(2, null)
    const compare = screen.getByRole('button', { name: /Compare selected/ })
    expect(compare).toBeDisabled()
    await user.click(screen.getByRole('checkbox', { name: 'Select version 3 to compare' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select version 1 to compare' }))
    expect(compare).toHaveTextContent('Compare selected (2/2)')
    await user.click(compare)
    expect(onCompare).toHaveBeenLastCalledWith(1, 3)
    await user.click(within(named).getByRole('button', { name: 'Restore…' }))
    expect(onRestore).toHaveBeenCalledWith(2)
    expect(within(named).getByRole('link', { name: 'Export JSON' })).toHaveAttribute(
      'href',
      expect.stringMatching(
        /console-api\/history\/workflows\/wf_nurture00001\/versions\/2\/export$/,
      ),
    )
  })

  it('saves a version with a name; a refusal keeps the name and says why', async () => {
    const saved = versionsApi()
    const user = userEvent.setup()
    renderPanel()
    await screen.findByRole('list', { name: 'Version list' })
    const name = screen.getByLabelText('Save version as…')
    await user.type(name, 'fail')
    await user.click(screen.getByRole('button', { name: 'Save version' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Not saved: .*could not be read from the API/,
    )
    expect(name).toHaveValue('fail')
    await user.clear(name)
    await user.type(name, 'Before the cleanup{Enter}')
    expect(
      await screen.findByText("Saved: 'Before the cleanup'", { exact: false }),
    ).toBeInTheDocument()
    expect(name).toHaveValue('')
    expect(saved).toEqual([{ name: 'fail' }, { name: 'Before the cleanup' }])
  })
})
