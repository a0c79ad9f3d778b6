import { lazy, type ComponentType } from 'react'
import { loadOnce } from '../lib/load-once'

/**
 * A code-split component that can be fetched ahead of need. Once its code is in, it renders
 * straight away; React.lazy alone would still show the Suspense fallback for one commit.
 * Render it inside a Suspense boundary for the case where it is needed before it has loaded.
 */
export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null
  const fetchOnce = loadOnce(load)
  const preload = () =>
    fetchOnce().then(
      (module) => {
        loaded = module.default
        return module
      },
      (error: unknown) => {
        // Offline, say: the next render (an error boundary's "Try again") fetches it again
        // instead of React.lazy rethrowing the same failure for good.
        Lazy = lazy(preload)
        throw error
      },
    )
  let Lazy = lazy(preload)
  function Preloadable(props: P) {
    const Loaded = loaded
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />
  }
  return { Component: Preloadable, preload }
}
