export type Direction = 'left' | 'right' | 'up' | 'down'
export type NavStep = { id: string; x: number; y: number; width: number; height: number }
export type NavLink = { source: string; target: string }

export const ARROW_DIRECTION: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
}

const centre = (s: NavStep) => ({ x: s.x + s.width / 2, y: s.y + s.height / 2 })

/** How far `to` lies along `dir` from `from`, and how far off that line. */
function offsets(from: NavStep, to: NavStep, dir: Direction) {
  const a = centre(from)
  const b = centre(to)
  const dx = b.x - a.x
  const dy = b.y - a.y
  switch (dir) {
    case 'right':
      return { along: dx, across: Math.abs(dy) }
    case 'left':
      return { along: -dx, across: Math.abs(dy) }
    case 'down':
      return { along: dy, across: Math.abs(dx) }
    case 'up':
      return { along: -dy, across: Math.abs(dx) }
  }
}

/** The nearest of `candidates` in `dir`, favouring those straight ahead over those off to a side. */
function nearestAhead(from: NavStep, candidates: readonly NavStep[], dir: Direction) {
  let best: NavStep | null = null
  let bestScore = Infinity
  for (const c of candidates) {
    if (c.id === from.id) continue
    const { along, across } = offsets(from, c, dir)
    if (along <= 0) continue
    const score = along + across * 2
    if (score < bestScore) [best, bestScore] = [c, score]
  }
  return best
}

/**
 * The step an arrow key moves to. Right follows a connection out of the step and Left one into it
 * (the one nearest that way when there are several, whichever way it points when none lies that
 * way); Up and Down, and Right/Left from a step with no such connection, go to the nearest step
 * on screen in that direction. Null when there is none.
 */
export function stepInDirection(
  fromId: string,
  dir: Direction,
  steps: readonly NavStep[],
  links: readonly NavLink[],
): string | null {
  const byId = new Map(steps.map((s) => [s.id, s]))
  const from = byId.get(fromId)
  if (!from) return null
  if (dir === 'right' || dir === 'left') {
    const linked = links
      .filter((l) => (dir === 'right' ? l.source === fromId : l.target === fromId))
      .map((l) => byId.get(dir === 'right' ? l.target : l.source))
      .filter((s): s is NavStep => !!s && s.id !== fromId)
    if (linked.length) {
      const ahead = nearestAhead(from, linked, dir)
      if (ahead) return ahead.id
      // Only loops back: take the nearest of them anyway, so a connection can always be followed.
      return linked.reduce((a, b) =>
        Math.abs(centre(a).y - centre(from).y) <= Math.abs(centre(b).y - centre(from).y) ? a : b,
      ).id
    }
  }
  return nearestAhead(from, steps, dir)?.id ?? null
}
