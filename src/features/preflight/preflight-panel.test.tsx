import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { PreflightPanel } from './preflight-panel'
import type { Problem } from '../../domain/problem'
import { nurtureGraph } from './testing/fixtures'

const graph = nurtureGraph()
const p = (init: Partial<Problem> & Pick<Problem, 'id' | 'severity'>): Problem => ({
  code: init.id,
  message: `Message ${init.id}`,
  fix: `Fix ${init.id}`,
  source: 'client',
  ...init,
})

const problems: Problem[] = [
  p({ id: 'no-agent', severity: 'error', nodeId: 'call1' }),
  p({ id: 'slow', severity: 'warning', nodeId: 'call1' }),
  p({ id: 'bad-edge', severity: 'error', nodeId: 'offer', edgeId: 'e_offer_dropped_failure' }),
  p({ id: 'empty', severity: 'error' }),
]

function renderPanel(list: Problem[], extra: { checking?: boolean } = {}) {
  const onSelect = vi.fn()
  render(<PreflightPanel problems={list} graph={graph} onSelect={onSelect} {...extra} />)
  return { onSelect, panel: screen.getByRole('region', { name: 'Preflight' }) }
}

describe('PreflightPanel', () => {
  it('announces the counts politely', () => {
    renderPanel(problems)
    const status = screen.getByRole('status')
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(status).toHaveTextContent('3 errors, 1 warning')
  })

  it('groups problems by node label, whole-workflow problems first, errors before warnings', () => {
    renderPanel([problems[1], problems[0], problems[2], problems[3]] as Problem[])
    const groups = screen.getAllByRole('group')
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual([
      'Whole workflow',
      'First call',
      'Send offer',
    ])
    const firstCall = within(groups[1] as HTMLElement).getAllByRole('button')
    expect(firstCall.map((b) => b.textContent)).toEqual([
      expect.stringContaining('ErrorMessage no-agent'),
      expect.stringContaining('WarningMessage slow'),
    ])
  })

  it('shows each problem with a severity word, its message and its fix', () => {
    renderPanel(problems)
    const item = screen.getByRole('button', { name: /Message no-agent/ })
    expect(item).toHaveTextContent('Error')
    expect(item).toHaveTextContent('Fix: Fix no-agent')
  })

  it('selects the node, or the edge, of a problem that is clicked', async () => {
    const { onSelect } = renderPanel(problems)
    await userEvent.click(screen.getByRole('button', { name: /Message no-agent/ }))
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'node', id: 'call1' })
    await userEvent.click(screen.getByRole('button', { name: /Message bad-edge/ }))
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'edge', id: 'e_offer_dropped_failure' })
    // A graph-level problem is not a button.
    expect(screen.queryByRole('button', { name: /Message empty/ })).toBeNull()
    expect(screen.getByText('Message empty')).toBeInTheDocument()
  })

  it('says "Ready to activate" only when there is no error', () => {
    renderPanel(problems)
    expect(screen.queryByText(/Ready to activate/)).toBeNull()
  })

  it('says "Ready to activate" with the number of warnings when only warnings remain', () => {
    renderPanel([problems[1] as Problem])
    expect(screen.getByText('Ready to activate, with 1 warning')).toBeInTheDocument()
  })

  it('says "Ready to activate" for a workflow with no problem at all', () => {
    const { panel } = renderPanel([])
    expect(within(panel).getByText('Ready to activate')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('0 errors, 0 warnings')
  })

  it('does not claim readiness while checks are still running', () => {
    renderPanel([], { checking: true })
    expect(screen.queryByText(/Ready to activate/)).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('Checking…')
  })

  it('labels server problems as coming from the server', () => {
    renderPanel([{ ...p({ id: 'srv', severity: 'error', nodeId: 'call2' }), source: 'server' }])
    expect(screen.getByRole('button', { name: /Message srv/ })).toHaveTextContent('From the server')
  })
})
