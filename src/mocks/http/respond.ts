import { HttpResponse } from 'msw'
import { badRequest, REASON_PHRASES } from '../errors'

export function json(body: unknown, status = 200): Response {
  return HttpResponse.json(body as Record<string, unknown>, { status })
}

export const created = (body: unknown) => json(body, 201)

/** The error envelope of contract §1.3. */
export function errorResponse(
  status: number,
  message: string | string[],
  extra: Record<string, unknown> = {},
): Response {
  return json(
    { statusCode: status, message, error: REASON_PHRASES[status] ?? 'Error', ...extra },
    status,
  )
}

/** Parses a JSON body; an empty body reads as `{}` so that validation can say what is missing. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text()
  if (!text.trim()) return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw badRequest('Request body must be valid JSON.')
  }
}
