import { Component as ClassComponent, Suspense, type ReactNode } from 'react'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { preloadable } from './preloadable'

const greeting = () =>
  Promise.resolve({ default: ({ name }: { name: string }) => <p>Hello {name}</p> })

describe('preloadable', () => {
  it('renders in the first commit once its code has been preloaded', async () => {
    const { Component, preload } = preloadable(greeting)
    await preload()
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Component name="Ada" />
      </Suspense>,
    )
    expect(screen.getByText('Hello Ada')).toBeInTheDocument()
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument()
  })

  it('suspends until its code arrives when it is needed first', async () => {
    const { Component } = preloadable(greeting)
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Component name="Grace" />
      </Suspense>,
    )
    expect(screen.getByText('Loading…')).toBeInTheDocument()
    expect(await screen.findByText('Hello Grace')).toBeInTheDocument()
  })

  it('fetches its code again after a failed fetch, when rendered anew (offline, then back)', async () => {
    let attempts = 0
    const flaky = () =>
      ++attempts === 1
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : greeting()
    const { Component } = preloadable(flaky)
    class Boundary extends ClassComponent<{ children: ReactNode }, { failed: boolean }> {
      override state = { failed: false }
      static getDerivedStateFromError = () => ({ failed: true })
      override render() {
        if (!this.state.failed) return this.props.children
        return <button onClick={() => this.setState({ failed: false })}>Try again</button>
      }
    }
    // React reports the error the boundary catches; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(
      <Boundary>
        <Suspense fallback={<p>Loading…</p>}>
          <Component name="Linus" />
        </Suspense>
      </Boundary>,
    )
    // React renders a failed component once more before giving up to the boundary; either that
    // render or the boundary's "Try again" has to fetch the code anew.
    await waitFor(() => {
      const retry = screen.queryByRole('button', { name: 'Try again' })
      if (retry) fireEvent.click(retry)
      expect(screen.getByText('Hello Linus')).toBeInTheDocument()
    })
    expect(attempts).toBe(2)
  })
})
