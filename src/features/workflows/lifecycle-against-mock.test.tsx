import { useQuery } from '@tanstack/react-query'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { isApiError } from '../../api/api-error'
import { runLifecycleAction, workflowQueries } from '../../api/workflows'
import { StatusBadge } from '../../components/ui/status-badge'
import { renderWithProviders, startMockApi } from '../../test/render'
import { LifecycleControls } from './lifecycle-controls'

startMockApi()
const ACTIVE = 'wf_nurture00001'

function Harness() {
  const { data } = useQuery(workflowQueries.detail(ACTIVE))
  if (!data) return null
  return (
    <>
      <StatusBadge status={data.status} />
      <LifecycleControls workflow={data} />
    </>
  )
}

describe('lifecycle against the mock API', () => {
  it('answers 409 at HTTP level when a workflow is paused twice', async () => {
    await expect(runLifecycleAction(ACTIVE, 'pause')).resolves.toMatchObject({ status: 'paused' })
    const second = await runLifecycleAction(ACTIVE, 'pause').catch((error: unknown) => error)
    expect(isApiError(second) && second.status).toBe(409)
  })

  it('pauses from the controls, then offers Resume', async () => {
    const user = userEvent.setup()
    renderWithProviders(<Harness />)
    await user.click(await screen.findByRole('button', { name: 'Pause' }))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Pause' }),
    )
    expect(await screen.findByText(/Workflow paused/)).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeEnabled()
  })
})
