import { isApiError } from '../../api/api-error'

/**
 * Splits a 400's messages between the form fields they mention and the rest, so a server
 * refusal shows next to the field it concerns.
 */
export function serverFieldErrors<F extends string>(
  error: unknown,
  fields: Record<F, RegExp>,
): { fields: Partial<Record<F, string>>; rest: string[] } {
  const result: { fields: Partial<Record<F, string>>; rest: string[] } = { fields: {}, rest: [] }
  if (!isApiError(error) || error.kind !== 'http' || error.status !== 400) return result
  for (const message of error.messages) {
    const field = (Object.keys(fields) as F[]).find((f) => fields[f].test(message))
    if (field && !result.fields[field]) result.fields[field] = message
    else result.rest.push(message)
  }
  return result
}
