import '@testing-library/jest-dom/vitest'
import { afterEach, beforeEach, vi } from 'vitest'
import { cleanup } from '@testing-library/react'
import { preloadDialog } from '../components/ui/dialog'
import { loadSonner } from '../lib/toast'
import { loadDagre } from '../features/canvas/layout/dagre-lib'

// In the app dialogs, toasts and the layout load when the browser is idle; tests use them at once.
await Promise.all([preloadDialog(), loadSonner(), loadDagre()])

// React Flow measures nodes with ResizeObserver, which jsdom lacks.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver

// A test that logs a React or network error should fail, not pass quietly.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => cleanup())
