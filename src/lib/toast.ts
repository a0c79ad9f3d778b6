import type { ExternalToast } from 'sonner'
import { loadOnce } from './load-once'

/**
 * `toast` with sonner's calls, without sonner in the first load (7 kB gzipped, the initial JS
 * budget's margin): the library is fetched once the browser is idle after start-up
 * (components/ui/toaster.tsx) or at the latest with the first toast. A toast asked for before it
 * has arrived is shown as soon as it has, in order; sonner shows a `Toaster` the toasts created
 * before it mounted. Every toast gets its id here, so that an id returned before the library has
 * loaded (`toast.loading` then `toast.error(…, { id })`) names the same toast.
 */
type Sonner = typeof import('sonner')
type Message = Parameters<Sonner['toast']>[0]
type Id = string | number

let sonner: Sonner | null = null
const waiting: ((s: Sonner) => void)[] = []
const loadedListeners = new Set<() => void>()
let count = 0

/**
 * Fetches sonner once. If the fetch fails (offline), the next call tries again; toasts asked for
 * meanwhile stay queued and are shown once it arrives.
 */
export const loadSonner = loadOnce(() =>
  import('sonner').then((module) => {
    sonner = module
    for (const call of waiting.splice(0)) call(module)
    for (const listener of loadedListeners) listener()
    return module
  }),
)

/** Calls `listener` once sonner has loaded (now, if it has); returns the unsubscribe. */
export function onSonnerLoaded(listener: () => void): () => void {
  if (sonner) {
    listener()
    return () => undefined
  }
  loadedListeners.add(listener)
  return () => loadedListeners.delete(listener)
}

function run(call: (s: Sonner) => void) {
  if (sonner) call(sonner)
  else {
    waiting.push(call)
    // A failed fetch is tried again by the next toast or when the browser is back online.
    loadSonner().catch(() => undefined)
  }
}

const kind =
  (pick: (s: Sonner) => (message: Message, data?: ExternalToast) => Id) =>
  (message: Message, data?: ExternalToast): Id => {
    const id = data?.id ?? `toast-${++count}`
    run((s) => void pick(s)(message, { ...data, id }))
    return id
  }

export const toast = Object.assign(
  kind((s) => s.toast),
  {
    success: kind((s) => s.toast.success),
    error: kind((s) => s.toast.error),
    warning: kind((s) => s.toast.warning),
    loading: kind((s) => s.toast.loading),
    dismiss: (id?: Id) => run((s) => void s.toast.dismiss(id)),
  },
)
