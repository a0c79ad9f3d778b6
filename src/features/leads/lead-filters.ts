import { z } from 'zod'
import { LEAD_STATUSES } from '../../api/schemas/lead'

/**
 * The leads view of a workflow lives in the URL (like the workflow list), so a filtered page of
 * leads can be reloaded, shared and reached with Back. Every field falls back instead of failing.
 */
export const leadFiltersSearchSchema = z.object({
  leadSearch: z.string().trim().max(50).optional().catch(undefined),
  leadStatus: z.enum(LEAD_STATUSES).optional().catch(undefined),
  leadPage: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
})
export type LeadFilters = z.infer<typeof leadFiltersSearchSchema>
