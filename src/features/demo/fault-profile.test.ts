import { describe, expect, it } from 'vitest'
import {
  describeFaults,
  faultHeaders,
  formatFaultParam,
  hasFaults,
  NO_FAULTS,
  parseFaultParam,
} from './fault-profile'

describe('fault profile', () => {
  it('parses every fault of the URL parameter', () => {
    const { profile, problems } = parseFaultParam(
      'latency:800,reads5xx:0.3,writes:409,hang,offline,timeout:3000',
    )
    expect(problems).toEqual([])
    expect(profile).toEqual({
      latencyMs: 800,
      readFailureRate: 0.3,
      writeFailure: '409',
      hang: true,
      offline: true,
      timeoutMs: 3000,
    })
  })

  it('reads "off" and an empty value as no faults', () => {
    expect(parseFaultParam('off').profile).toEqual(NO_FAULTS)
    expect(parseFaultParam('').profile).toEqual(NO_FAULTS)
  })

  it('ignores and lists the parts it does not understand', () => {
    const { profile, problems } = parseFaultParam('writes:418,reads5xx:2,hang:maybe,latency:50,x')
    expect(profile).toEqual({ ...NO_FAULTS, latencyMs: 50 })
    expect(problems).toEqual(['writes:418', 'reads5xx:2', 'hang:maybe', 'x'])
  })

  it('formats a profile back into the same parameter', () => {
    const text = 'latency:800,reads5xx:0.3,writes:500,hang,timeout:2500'
    expect(formatFaultParam(parseFaultParam(text).profile)).toBe(text)
    expect(formatFaultParam(NO_FAULTS)).toBe('off')
  })

  it('sends the mock header only when a fault is on, never the client timeout', () => {
    expect(faultHeaders(NO_FAULTS)).toEqual({})
    expect(faultHeaders({ ...NO_FAULTS, timeoutMs: 2000 })).toEqual({})
    const header = faultHeaders({ ...NO_FAULTS, writeFailure: '409', timeoutMs: 2000 })
    expect(JSON.parse(header['x-mock-faults'] ?? '')).toEqual({
      latencyMs: 0,
      readFailureRate: 0,
      writeFailure: '409',
      hang: false,
      offline: false,
    })
  })

  it('describes the active faults in one line', () => {
    const p = { ...NO_FAULTS, latencyMs: 800, readFailureRate: 0.3, offline: true }
    expect(hasFaults(p)).toBe(true)
    expect(describeFaults(p)).toBe('800 ms latency · 30% reads fail · offline')
  })
})
