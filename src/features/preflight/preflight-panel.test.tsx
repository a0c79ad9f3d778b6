import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { PreflightPanel } from './preflight-panel'
import type { Problem } from '../../domain/problem'
import { nurtureGraph } from './testing/fixtures'
import type { WorkflowGraph } from '../../api/schemas/graph'

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

describe('PreflightPanel with many steps alike', () => {
  const many: WorkflowGraph = {
    nodes: Array.from({ length: 100 }, (_, i) => ({
      id: `s${i}`,
      nodeType: 'VOICE_CALL',
      label: `Call ${i + 1}`,
      position: null,
      config: {},
    })),
    edges: [],
  }
  const firstName = (i: number): Problem => ({
    id: `variables.no-lead-columns:s${i}`,
    code: 'variables.no-lead-columns',
    severity: 'warning',
    nodeId: `s${i}`,
    message: `“Call ${i + 1}” uses {{first_name}} in its settings, but no leads have been uploaded yet, so nothing says it will have a value.`,
    fix: 'Upload leads with a “first_name” column; a variable without a value is spoken literally.',
    source: 'client',
  })

  it('lists 99 identical warnings as one row whose "Show all" lists the steps, each selectable', async () => {
    const list = [
      ...Array.from({ length: 99 }, (_, i) => firstName(i)),
      p({ id: 'other', severity: 'error', nodeId: 's99' }),
    ]
    const onSelect = vi.fn()
    render(<PreflightPanel problems={list} graph={many} onSelect={onSelect} />)
    const row = await screen.findByRole('group', {
      name: '99 steps use {{first_name}} in their settings, but no leads have been uploaded yet, so nothing says it will have a value.',
    })
    expect(screen.getAllByRole('group')).toHaveLength(2)
    expect(within(row).queryByRole('button', { name: 'Call 5' })).toBeNull()
    const showAll = within(row).getByRole('button', { name: 'Show all 99 steps' })
    expect(showAll).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(showAll)
    expect(showAll).toHaveAttribute('aria-expanded', 'true')
    const steps = within(row).getAllByRole('button', { name: /^Call \d+$/ })
    expect(steps).toHaveLength(99)
    await userEvent.click(within(row).getByRole('button', { name: 'Call 5' }))
    expect(onSelect).toHaveBeenCalledWith({ kind: 'node', id: 's4' })
    // The step with its own problem is listed as before.
    expect(screen.getByRole('group', { name: 'Call 100' })).toBeInTheDocument()
  })
})
