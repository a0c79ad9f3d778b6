import { describe, expect, it } from 'vitest'
import { decideFault, NO_FAULTS, parseFaultPatch } from './faults'
import { createRandom } from './random'

const random = createRandom(1)

describe('fault decisions', () => {
  it('does nothing without faults', () => {
    expect(decideFault(NO_FAULTS, 'GET', random)).toEqual({ kind: 'none' })
  })

  it('fails only writes with the configured write failure', () => {
    const settings = { ...NO_FAULTS, writeFailure: '409' as const }
    expect(decideFault(settings, 'GET', random).kind).toBe('none')
    expect(decideFault(settings, 'PATCH', random)).toMatchObject({ kind: 'status', status: 409 })
  })

  it('fails every read at a failure rate of 1 and none at 0', () => {
    expect(decideFault({ ...NO_FAULTS, readFailureRate: 1 }, 'GET', random)).toMatchObject({
      status: 503,
    })
    expect(decideFault({ ...NO_FAULTS, readFailureRate: 0 }, 'GET', random).kind).toBe('none')
  })

  it('puts offline before hang', () => {
    expect(decideFault({ ...NO_FAULTS, offline: true, hang: true }, 'GET', random).kind).toBe(
      'offline',
    )
  })

  it('validates a settings patch', () => {
    expect(parseFaultPatch({ writeFailure: 500, hang: true }).patch).toEqual({
      writeFailure: '500',
      hang: true,
    })
    expect(parseFaultPatch({ readFailureRate: 2 }).problems).toHaveLength(1)
  })
})
