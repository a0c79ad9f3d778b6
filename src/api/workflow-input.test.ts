import { describe, expect, it } from 'vitest'
import { workflowInputSchema } from './workflows'

describe('the create / update workflow schema', () => {
  it('accepts a title of 100 characters and refuses 101', () => {
    const ok = workflowInputSchema.safeParse({ title: 'a'.repeat(100), description: '' })
    expect(ok.success).toBe(true)
    const tooLong = workflowInputSchema.safeParse({ title: 'a'.repeat(101), description: '' })
    expect(tooLong.success).toBe(false)
    expect(tooLong.error?.issues[0]?.message).toBe('Keep the name to 100 characters or fewer.')
  })

  it('counts the title after trimming spaces', () => {
    const padded = workflowInputSchema.safeParse({ title: ` ${'a'.repeat(100)} `, description: '' })
    expect(padded.success).toBe(true)
  })
})
