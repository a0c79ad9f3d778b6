import { Suspense, useEffect, useState, type ComponentProps } from 'react'
import type { Toaster as SonnerToaster } from 'sonner'
import { loadSonner, sonnerRequested } from '../../lib/toast'
import { preloadable } from '../preloadable'

type ToasterProps = ComponentProps<typeof SonnerToaster>

const { Component: LazyToaster } = preloadable<ToasterProps>(() =>
  loadSonner().then((module) => ({ default: module.Toaster })),
)

/**
 * Where toasts show. sonner is not part of the first load (lib/toast.ts): this mounts once the
 * browser is idle after start-up, or as soon as a toast is asked for (which loads the library).
 */
export function Toaster(props: ToasterProps) {
  const [wanted, setWanted] = useState(false)
  useEffect(() => {
    let live = true
    const want = () => live && setWanted(true)
    void loadSonnerWhenIdle().then(want)
    return () => {
      live = false
    }
  }, [])
  if (!wanted) return null
  return (
    <Suspense fallback={null}>
      <LazyToaster {...props} />
    </Suspense>
  )
}

/** Idle after start-up, or the first toast, whichever comes first. */
function loadSonnerWhenIdle() {
  const idle = new Promise<void>((resolve) => {
    if (window.requestIdleCallback) window.requestIdleCallback(() => resolve(), { timeout: 3000 })
    else window.setTimeout(resolve, 1000)
  })
  return Promise.race([idle, sonnerRequested]).then(() => loadSonner())
}
