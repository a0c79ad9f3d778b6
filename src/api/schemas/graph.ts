import { z } from 'zod'
import { unwrap } from '../envelope'

const position = z
  .union([z.number(), z.string(), z.null(), z.undefined()])
  .transform((v) => (v === null || v === undefined || v === '' ? null : Number(v)))
  .transform((n) => (n === null || Number.isFinite(n) ? n : null))

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
      config: z.record(z.string(), z.unknown()).nullish(),
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
