import { z } from 'zod'

export const labelSchema = z
  .string()
  .trim()
  .min(1, 'Give the step a name')
  .max(120, 'Keep the name under 120 characters')

/** Reads a string config value without trusting its type. */
export const str = (value: unknown): string => (typeof value === 'string' ? value : '')
