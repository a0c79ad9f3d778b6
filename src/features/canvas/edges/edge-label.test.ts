import { describe, expect, it } from 'vitest'
import { MARKER_ICON } from '../nodes/shared/node-meta'
import { edgeLabelText, LONGEST_LABEL } from './edge-label'

describe('edgeLabelText', () => {
  it('says only what the line adds: problem icon, taken tick, live count, in that order', () => {
    expect(edgeLabelText(undefined)).toBe('')
    expect(edgeLabelText({})).toBe('')
    expect(edgeLabelText({ passed: 0 })).toBe('0 passed')
    expect(edgeLabelText({ taken: true })).toBe('✓')
    expect(edgeLabelText({ taken: true, passed: 12_345 })).toBe('✓ 12,345 passed')
    const marker = { severity: 'warning' as const, summary: 'x' }
    expect(edgeLabelText({ marker })).toBe(MARKER_ICON.warning)
    expect(edgeLabelText({ marker, passed: 3 })).toBe(`${MARKER_ICON.warning} 3 passed`)
    expect(LONGEST_LABEL).toBe(`${MARKER_ICON.error} ✓ 10,000 passed`)
  })
})
