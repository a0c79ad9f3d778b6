import { renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useFocusStep } from './use-focus-step'

function addStep(root: HTMLElement, id: string) {
  const step = document.createElement('div')
  step.className = 'react-flow__node'
  step.dataset.id = id
  step.tabIndex = -1
  root.append(step)
}

function canvasWithSteps(...ids: string[]) {
  const root = document.createElement('div')
  for (const id of ids) addStep(root, id)
  document.body.append(root)
  return root
}

const stepEl = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`[data-id="${id}"]`)

describe('useFocusStep', () => {
  afterEach(() => {
    document.body.replaceChildren()
  })

  it('with `now`, a step already drawn has focus when the call returns (a quick second arrow starts from it)', () => {
    const root = canvasWithSteps('a', 'b')
    const reveal = vi.fn()
    const setTabStop = vi.fn()
    const { result } = renderHook(() => useFocusStep({ current: root }, reveal, setTabStop))
    stepEl(root, 'a')!.focus()
    result.current('b', { now: true })
    expect(document.activeElement).toBe(stepEl(root, 'b'))
    expect(setTabStop).toHaveBeenCalledWith('b')
    expect(reveal).toHaveBeenCalledWith('b')
  })

  it('by default tries on the next frame, and keeps trying until the step is drawn', () => {
    const frames: FrameRequestCallback[] = []
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((run) => frames.push(run))
    const root = canvasWithSteps('a')
    const { result } = renderHook(() => useFocusStep({ current: root }, vi.fn(), vi.fn()))
    result.current('new')
    expect(document.activeElement).toBe(document.body)
    frames.shift()!(0)
    expect(frames).toHaveLength(1) // not drawn yet: tries again
    addStep(root, 'new')
    frames.shift()!(0)
    expect(document.activeElement?.getAttribute('data-id')).toBe('new')
  })
})
