import { describe, expect, it } from 'vitest'
import { listSchema } from '../envelope'
import { workflowSchema } from './workflow'

const base = { id: 'wf_1', status: 'draft', created_at: '2026-11-01T09:00:00.000Z' }

describe('workflow normalisation', () => {
  it('reads the title from `title`', () => {
    expect(workflowSchema.parse({ ...base, title: 'Nurture' }).title).toBe('Nurture')
  })

  it('reads the title from `name` when `title` is missing', () => {
    expect(workflowSchema.parse({ ...base, name: 'Legacy name' }).title).toBe('Legacy name')
  })

  it('prefers `title` when both are present', () => {
    expect(workflowSchema.parse({ ...base, title: 'New', name: 'Old' }).title).toBe('New')
  })

  it('shows the legacy `running` status as `active`', () => {
    expect(workflowSchema.parse({ ...base, title: 'x', status: 'running' }).status).toBe('active')
  })

  it('ignores unknown extra fields and reads counts from either spelling', () => {
    const w = workflowSchema.parse({
      ...base,
      title: 'x',
      surprise: { deep: true },
      enrolled_leads: 7,
    })
    expect(w.leadCount).toBe(7)
    expect(w).not.toHaveProperty('surprise')
  })

  it('unwraps the tier-C envelope', () => {
    const w = workflowSchema.parse({
      statusCode: 200,
      message: 'ok',
      data: { ...base, title: 'Wrapped' },
    })
    expect(w.title).toBe('Wrapped')
  })

  it('rejects a body with neither title nor name', () => {
    expect(workflowSchema.safeParse(base).success).toBe(false)
  })

  it('rejects an unknown status instead of guessing', () => {
    expect(workflowSchema.safeParse({ ...base, title: 'x', status: 'exploded' }).success).toBe(
      false,
    )
  })
})

describe('list envelopes', () => {
  const schema = listSchema(workflowSchema)
  const item = { ...base, title: 'A' }

  it('reads tier-A meta', () => {
    const list = schema.parse({
      data: [item],
      meta: { page: 2, limit: 1, total: 3, totalPages: 3 },
    })
    expect(list.meta).toEqual({ page: 2, limit: 1, total: 3, totalPages: 3 })
  })

  it('treats a missing meta as one page holding everything', () => {
    const list = schema.parse({ data: [item, { ...item, id: 'wf_2' }] })
    expect(list.meta).toEqual({ page: 1, limit: 2, total: 2, totalPages: 1 })
  })

  it('reads tier-C meta vocabulary', () => {
    const list = schema.parse({
      statusCode: 200,
      data: {
        items: [item],
        meta: { currentPage: 1, itemsPerPage: 20, totalItems: 1, totalPages: 1 },
      },
    })
    expect(list.meta.total).toBe(1)
    expect(list.data[0]?.title).toBe('A')
  })

  it('fails on a malformed body', () => {
    expect(schema.safeParse({ data: 'nope' }).success).toBe(false)
    expect(schema.safeParse({ data: [{ id: 3 }] }).success).toBe(false)
  })
})
