import { z } from 'zod'
import { labelSchema } from './label-schema'

/** Steps whose only setting is their name (CONVERTED, DROPPED, unknown types). */
export const labelOnlyFormSchema = z.object({ label: labelSchema })
export type LabelOnlyFormValues = z.input<typeof labelOnlyFormSchema>
