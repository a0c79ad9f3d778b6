import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { toast } from '../../lib/toast'
import { Toaster } from './toaster'

describe('Toaster', () => {
  it('shows a toast asked for before it mounted, and one asked for after', async () => {
    const early = toast.success('Created “Win-back” as a draft.')
    render(<Toaster />)
    expect(await screen.findByText('Created “Win-back” as a draft.')).toBeInTheDocument()
    toast.error('Could not delete: the API did not answer.')
    expect(await screen.findByText('Could not delete: the API did not answer.')).toBeInTheDocument()
    expect(typeof early).toBe('string')
  })
})
