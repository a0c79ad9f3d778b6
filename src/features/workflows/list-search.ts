import { z } from 'zod'
import { WORKFLOW_STATUSES } from '../../domain/workflow-status'
import { WORKFLOW_SORT_FIELDS, type WorkflowListParams } from '../../api/workflows'

export const PAGE_SIZES = [10, 20, 50, 100] as const

/** The list view lives in the URL: every field falls back to a default instead of failing. */
export const workflowListSearchSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(WORKFLOW_STATUSES).optional().catch(undefined),
  sort: z.enum(WORKFLOW_SORT_FIELDS).optional().catch(undefined),
  order: z.enum(['asc', 'desc']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  size: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .optional()
    .catch(undefined),
})
export type WorkflowListSearch = z.infer<typeof workflowListSearchSchema>

export const DEFAULT_SORT = 'updated_at'

export function toListParams(search: WorkflowListSearch): WorkflowListParams {
  return {
    page: search.page ?? 1,
    limit: search.size ?? 20,
    status: search.status ? [search.status] : undefined,
    search: search.q || undefined,
    sortBy: search.sort ?? DEFAULT_SORT,
    sortOrder: (search.order ?? 'desc') === 'asc' ? 'ASC' : 'DESC',
  }
}
