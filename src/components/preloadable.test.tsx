import { Suspense } from 'react'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
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
})
