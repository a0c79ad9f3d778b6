import { z } from 'zod'
import type { WorkflowGraph } from '../../../api/schemas/graph'
import { createLink, createStep, newRef, type OpPair } from './build-ops'

type XY = { x: number; y: number }

const clipSchema = z.object({
  version: z.literal(1),
  fromGraph: z.string(),
  steps: z.array(
    z.object({
      key: z.string(),
      nodeType: z.string(),
      label: z.string(),
      config: z.record(z.string(), z.unknown()),
      position: z.object({ x: z.number(), y: z.number() }),
    }),
  ),
  links: z.array(
    z.object({ source: z.string(), target: z.string(), label: z.string().nullable() }),
  ),
})
/** Copied steps with the connections among them; positions are relative to the group's corner. */
export type Clip = z.infer<typeof clipSchema>

/** The steps `ids` of `graph` and every connection between two of them. */
export function copySteps(
  graph: WorkflowGraph,
  graphId: string,
  ids: readonly string[],
): Clip | null {
  const wanted = new Set(ids)
  const nodes = graph.nodes.filter((n) => wanted.has(n.id))
  if (!nodes.length) return null
  const corner = {
    x: Math.min(...nodes.map((n) => n.position?.x ?? 0)),
    y: Math.min(...nodes.map((n) => n.position?.y ?? 0)),
  }
  return {
    version: 1,
    fromGraph: graphId,
    steps: nodes.map((n) => ({
      key: n.id,
      nodeType: n.nodeType,
      label: n.label,
      config: n.config,
      position: {
        x: (n.position?.x ?? 0) - corner.x,
        y: (n.position?.y ?? 0) - corner.y,
      },
    })),
    links: graph.edges
      .filter((e) => wanted.has(e.source) && wanted.has(e.target))
      .map((e) => ({ source: e.source, target: e.target, label: e.label })),
  }
}

/**
 * The operations that paste `clip` with its corner at `at`: the steps (settings, agents and
 * numbers as they were: preflight flags any this workflow cannot use) and their connections.
 */
export function pasteOps(clip: Clip, at: XY): { pairs: OpPair[]; stepRefs: string[] } {
  const refs = new Map(clip.steps.map((s) => [s.key, newRef('node')]))
  const steps = clip.steps.map((s) =>
    createStep(refs.get(s.key)!, {
      nodeType: s.nodeType,
      label: s.label,
      config: s.config,
      position: { x: Math.round(at.x + s.position.x), y: Math.round(at.y + s.position.y) },
    }),
  )
  const links = clip.links.flatMap((l) => {
    const source = refs.get(l.source)
    const target = refs.get(l.target)
    return source && target ? [createLink(newRef('edge'), source, target, l.label)] : []
  })
  return { pairs: [...steps, ...links], stepRefs: [...refs.values()] }
}

const STORAGE_KEY = 'workflow-console:clipboard'

/** Kept in localStorage, so a copy can be pasted into another workflow, in this tab or another. */
export function writeClip(clip: Clip): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(clip))
  } catch {
    // Storage full or blocked: the copy is simply not kept.
  }
}

export function readClip(): Clip | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY)
    const parsed = raw ? clipSchema.safeParse(JSON.parse(raw)) : null
    return parsed?.success ? parsed.data : null
  } catch {
    return null
  }
}

/** The size of the clip's group, for placing it. */
export function clipSize(clip: Clip, step: { width: number; height: number }) {
  return {
    width: Math.max(...clip.steps.map((s) => s.position.x)) + step.width,
    height: Math.max(...clip.steps.map((s) => s.position.y)) + step.height,
  }
}
