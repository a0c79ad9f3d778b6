import { badRequest } from '../errors'

export const TITLE_MAX = 255
export const DESCRIPTION_MAX = 2000

type Body = Record<string, unknown>

export function asObjectBody(body: unknown): Body {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw badRequest('Request body must be a JSON object.')
  return body as Body
}

/** `title` wins over `name` (contract §2.1). Returns the field name used, for messages. */
function pickTitle(body: Body): { field: 'title' | 'name'; value: unknown } | null {
  if (body.title !== undefined) return { field: 'title', value: body.title }
  if (body.name !== undefined) return { field: 'name', value: body.name }
  return null
}

function titleProblems(field: string, value: unknown): string[] {
  if (typeof value !== 'string') return [`${field} must be a string`]
  const trimmed = value.trim()
  if (!trimmed) return [`${field} should not be empty`]
  if (trimmed.length > TITLE_MAX)
    return [`${field} must be shorter than or equal to ${TITLE_MAX} characters`]
  return []
}

function descriptionProblems(value: unknown): string[] {
  if (typeof value !== 'string') return ['description must be a string']
  if (value.length > DESCRIPTION_MAX)
    return [`description must be shorter than or equal to ${DESCRIPTION_MAX} characters`]
  return []
}

export type WorkflowCreateInput = { title: string; description: string }

export function parseCreateInput(raw: unknown): WorkflowCreateInput {
  const body = asObjectBody(raw)
  const problems: string[] = []
  const title = pickTitle(body)
  if (!title) problems.push('title should not be empty', 'title must be a string')
  else problems.push(...titleProblems(title.field, title.value))
  if (body.description !== undefined && body.description !== null)
    problems.push(...descriptionProblems(body.description))
  if (body.status !== undefined && body.status !== 'draft')
    problems.push('status must be draft on create; use POST /workflows/{id}/activate to activate')
  if (problems.length > 0) throw badRequest(problems)
  return {
    title: String(title?.value).trim(),
    description: typeof body.description === 'string' ? body.description.trim() : '',
  }
}

export type WorkflowUpdateInput = { title?: string; description?: string }

/** Caller must have checked for `status` first (that is a 409, not a 400). */
export function parseUpdateInput(raw: unknown): WorkflowUpdateInput {
  const body = asObjectBody(raw)
  const title = pickTitle(body)
  const hasDescription = body.description !== undefined
  if (!title && !hasDescription)
    throw badRequest('Body has no editable field; send title (or name) and/or description.')
  const problems: string[] = []
  if (title) problems.push(...titleProblems(title.field, title.value))
  if (hasDescription && body.description !== null)
    problems.push(...descriptionProblems(body.description))
  if (problems.length > 0) throw badRequest(problems)
  const update: WorkflowUpdateInput = {}
  if (title) update.title = String(title.value).trim()
  if (hasDescription)
    update.description = typeof body.description === 'string' ? body.description.trim() : ''
  return update
}
