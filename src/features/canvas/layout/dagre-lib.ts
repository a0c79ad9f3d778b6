import type dagreLibrary from '@dagrejs/dagre'
import { loadOnce } from '../../../lib/load-once'
import { whenIdle } from '../../../lib/when-idle'

/**
 * dagre (11 kB gzipped) is not part of the canvas's first load: stored workflows have positions,
 * so only "Tidy up" and steps saved without a position need it. It is fetched once the browser is
 * idle after start-up, or at the latest when one of those needs it (the canvas waits for it then).
 */
type Dagre = typeof dagreLibrary

let dagre: Dagre | null = null

/** Fetches dagre once; after a failed fetch (offline) the next call tries again. */
export const loadDagre = loadOnce(() =>
  import('@dagrejs/dagre').then((module) => (dagre = module.default)),
)

export const isDagreLoaded = () => dagre !== null

/** The library, once `loadDagre()` has settled. */
export function loadedDagre(): Dagre {
  if (!dagre) throw new Error('dagre is not loaded yet: await loadDagre() first')
  return dagre
}

whenIdle(() => void loadDagre().catch(() => undefined))
