import { z } from 'zod'
import { unwrap } from '../envelope'

// One check and one conversion per coordinate, and the config passed through as it is: a union
// with two transforms and a copied record cost ~25 ms on the first parse of a 1,000-step graph
// (tsx, jitless), the answer a cold canvas waits for. Anything else is still refused.
const position = z.unknown().transform((v, ctx) => {
  if (v === null || v === undefined || v === '') return null
  if (typeof v !== 'number' && typeof v !== 'string') {
    ctx.addIssue({ code: 'custom', message: 'Expected a number, a numeric string or null' })
    return z.NEVER
  }
  const n = Number(v)
  return Number.isFinite(n) ? n : null
})

const isConfig = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const config = z.custom<Record<string, unknown>>(isConfig, 'Expected an object')

/** A node; `nodeType` stays a string so that types this client does not know still render. */
export const workflowNodeSchema = z.preprocess(
  unwrap,
  z
    .looseObject({
      id: z.string().min(1),
      workflow_id: z.string().optional(),
      node_type: z.string().min(1),
      label: z.string().nullish(),
      position_x: position,
      position_y: position,
      config: config.nullish(),
    })
    .transform((n) => ({
      id: n.id,
      nodeType: n.node_type,
      label: n.label ?? '',
      position:
        n.position_x === null || n.position_y === null
          ? null
          : { x: n.position_x, y: n.position_y },
      config: n.config ?? {},
    })),
)
export type WorkflowNode = z.output<typeof workflowNodeSchema>

export const workflowEdgeSchema = z.preprocess(
  unwrap,
  z
    .looseObject({
      id: z.string().min(1),
      workflow_id: z.string().optional(),
      from_node_id: z.string().min(1),
      to_node_id: z.string().min(1),
      label: z.string().nullish(),
    })
    .transform((e) => ({
      id: e.id,
      source: e.from_node_id,
      target: e.to_node_id,
      label: e.label?.trim() ? e.label : null,
    })),
)
export type WorkflowEdge = z.output<typeof workflowEdgeSchema>

/** A workflow's graph as the client holds it. */
export type WorkflowGraph = { nodes: WorkflowNode[]; edges: WorkflowEdge[] }
