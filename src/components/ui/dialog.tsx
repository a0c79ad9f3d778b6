import { Suspense } from 'react'
import { preloadable } from '../preloadable'
import { whenIdle } from '../../lib/when-idle'
import type { DialogProps } from './dialog-impl'

// Radix Dialog (about 10 kB gzipped) is not part of the first load: it is fetched once the browser
// is idle after start-up, or at the latest when a dialog first opens.
const { Component: DialogImpl, preload: preloadDialog } = preloadable(() => import('./dialog-impl'))
export { preloadDialog }
whenIdle(() => void preloadDialog().catch(() => undefined))

/** Accessible modal (focus trap, Escape, labelled), rendered only while open. */
export function Dialog(props: DialogProps) {
  if (!props.open) return null
  return (
    <Suspense fallback={null}>
      <DialogImpl {...props} />
    </Suspense>
  )
}
