import { lazy, Suspense, type ComponentType } from 'react'
import type { DialogProps } from './dialog-impl'

// Radix Dialog (about 10 kB gzipped) is not part of the first load: it is fetched once the browser
// is idle after start-up, or at the latest when a dialog first opens.
let Loaded: ComponentType<DialogProps> | null = null
export const preloadDialog = () =>
  import('./dialog-impl').then((m) => {
    Loaded = m.default
    return m
  })
const LazyDialog = lazy(preloadDialog)
if (typeof window !== 'undefined') {
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 1000))
  whenIdle(() => void preloadDialog())
}

/** Accessible modal (focus trap, Escape, labelled), rendered only while open. */
export function Dialog(props: DialogProps) {
  if (!props.open) return null
  if (Loaded) return <Loaded {...props} />
  return (
    <Suspense fallback={null}>
      <LazyDialog {...props} />
    </Suspense>
  )
}
