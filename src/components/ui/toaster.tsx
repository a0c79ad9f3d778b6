import { Suspense, useEffect, useState, type ComponentProps } from 'react'
import type { Toaster as SonnerToaster } from 'sonner'
import { loadSonner, onSonnerLoaded } from '../../lib/toast'
import { whenIdle } from '../../lib/when-idle'
import { preloadable } from '../preloadable'

type ToasterProps = ComponentProps<typeof SonnerToaster>

const { Component: LazyToaster } = preloadable<ToasterProps>(() =>
  loadSonner().then((module) => ({ default: module.Toaster })),
)

/**
 * Where toasts show. sonner is not part of the first load (lib/toast.ts): this mounts once it has
 * loaded, which the browser starts when idle after start-up or with the first toast. A failed
 * fetch (offline) is tried again when the browser is back online, or by the next toast.
 */
export function Toaster(props: ToasterProps) {
  const [loaded, setLoaded] = useState(false)
  useEffect(() => {
    const stop = onSonnerLoaded(() => setLoaded(true))
    const attempt = () => void loadSonner().catch(() => undefined)
    // The first toast loads it sooner (and this mounts then: `onSonnerLoaded`).
    let cancelled = false
    whenIdle(() => {
      if (!cancelled) attempt()
    })
    window.addEventListener('online', attempt)
    return () => {
      cancelled = true
      stop()
      window.removeEventListener('online', attempt)
    }
  }, [])
  if (!loaded) return null
  return (
    <Suspense fallback={null}>
      <LazyToaster {...props} />
    </Suspense>
  )
}
