import { z } from 'zod'
import type { WorkflowStatus } from '../../domain/workflow-status'
import { unwrap } from '../envelope'

const LEGACY_STATUS: Record<string, WorkflowStatus> = { running: 'active', inactive: 'paused' }

/** `running` → `active`, `inactive` → `paused` (contract §14.5, §14.7). */
export const workflowStatusSchema = z
  .string()
  .transform((s) => s.trim().toLowerCase())
  .transform((s) => LEGACY_STATUS[s] ?? s)
  .pipe(z.enum(['draft', 'active', 'paused', 'completed', 'cancelled']))

const optionalCount = z
  .number()
  .int()
  .nonnegative()
  .nullish()
  .transform((n) => n ?? undefined)
const optionalText = z
  .string()
  .nullish()
  .transform((s) => s ?? undefined)

/** A workflow as the client sees it, whichever of the documented shapes the server sent. */
export const workflowSchema = z.preprocess(
  unwrap,
  z
    .looseObject({
      id: z.string().min(1),
      title: z.string().nullish(),
      name: z.string().nullish(),
      description: z.string().nullish(),
      status: workflowStatusSchema,
      organization_id: optionalText,
      node_count: optionalCount,
      edge_count: optionalCount,
      enrolled_leads: optionalCount,
      lead_count: optionalCount,
      last_triggered_at: optionalText,
      created_at: optionalText,
      createdAt: optionalText,
      updated_at: optionalText,
      updatedAt: optionalText,
    })
    .refine((w) => typeof (w.title ?? w.name) === 'string', {
      message: 'workflow has neither title nor name',
    })
    .transform((w) => ({
      id: w.id,
      title: w.title ?? w.name ?? '',
      description: w.description ?? '',
      status: w.status,
      nodeCount: w.node_count,
      edgeCount: w.edge_count,
      leadCount: w.lead_count ?? w.enrolled_leads,
      lastTriggeredAt: w.last_triggered_at,
      createdAt: w.created_at ?? w.createdAt,
      updatedAt: w.updated_at ?? w.updatedAt,
    })),
)
export type Workflow = z.output<typeof workflowSchema>

/** Lifecycle answers may be `{id, status}` or a whole workflow (contract §14.3). */
export const lifecycleResponseSchema = z.preprocess(
  unwrap,
  z.looseObject({ id: z.string().optional(), status: workflowStatusSchema.optional() }),
)

export const messageResponseSchema = z.preprocess(
  unwrap,
  z.union([z.looseObject({ message: z.string().optional() }), z.undefined(), z.null()]),
)
