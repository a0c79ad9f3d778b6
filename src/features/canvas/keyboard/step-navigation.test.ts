import { describe, expect, it } from 'vitest'
import { stepInDirection, type NavStep } from './step-navigation'

const at = (id: string, col: number, row: number): NavStep => ({
  id,
  x: col * 400,
  y: row * 250,
  width: 260,
  height: 150,
})
// call → (no answer) wait → call again (loops back to nothing); call → converted (row above)
const steps = [
  at('call', 0, 1),
  at('wait', 1, 2),
  at('again', 2, 2),
  at('won', 1, 0),
  at('lost', 3, 2),
]
const links = [
  { source: 'call', target: 'won' },
  { source: 'call', target: 'wait' },
  { source: 'wait', target: 'again' },
  { source: 'again', target: 'lost' },
  { source: 'again', target: 'call' },
]

describe('stepInDirection', () => {
  it('Right follows a connection, the nearest straight ahead', () => {
    expect(stepInDirection('wait', 'right', steps, links)).toBe('again')
    expect(['won', 'wait']).toContain(stepInDirection('call', 'right', steps, links))
  })

  it('Left goes back along a connection into the step', () => {
    expect(stepInDirection('again', 'left', steps, links)).toBe('wait')
    expect(stepInDirection('wait', 'left', steps, links)).toBe('call')
  })

  it('Up and Down move spatially between steps of one column', () => {
    expect(stepInDirection('wait', 'up', steps, links)).toBe('won')
    expect(stepInDirection('won', 'down', steps, links)).toBe('wait')
  })

  it('with no connection that way it moves spatially, and stops at the edge', () => {
    expect(stepInDirection('won', 'right', steps, links)).toBe('again')
    expect(stepInDirection('lost', 'right', steps, links)).toBeNull()
    expect(stepInDirection('won', 'up', steps, links)).toBeNull()
  })

  it('a connection that only loops back is still followed', () => {
    const loop = [at('a', 0, 0), at('b', 1, 0)]
    expect(stepInDirection('b', 'right', loop, [{ source: 'b', target: 'a' }])).toBe('a')
  })
})
