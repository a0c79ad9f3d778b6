import { z } from 'zod'

/** A graph snapshot as the history, drafts and export files carry it (snapshot.ts). */
export const graphSnapshotSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.string().min(1),
      node_type: z.string().min(1),
      label: z.string(),
      position_x: z.number(),
      position_y: z.number(),
      config: z.record(z.string(), z.unknown()),
    }),
  ),
  edges: z.array(
    z.object({
      id: z.string().min(1),
      from_node_id: z.string(),
      to_node_id: z.string(),
      label: z.string().nullable(),
    }),
  ),
})
