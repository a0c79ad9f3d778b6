type XY = { x: number; y: number }
type Box = { x: number; y: number; width: number; height: number }

const GAP = 24
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + GAP &&
  b.x < a.x + a.width + GAP &&
  a.y < b.y + b.height + GAP &&
  b.y < a.y + a.height + GAP

/** The corner for a group of `size` at `wanted`, or the nearest spot below it clear of `taken`. */
export function placeGroup(
  size: { width: number; height: number },
  wanted: XY,
  taken: readonly Box[],
): XY {
  let at = { x: Math.round(wanted.x), y: Math.round(wanted.y) }
  for (let i = 0; i < 400; i++) {
    const box = { ...at, ...size }
    const hit = taken.filter((t) => overlaps(box, t))
    if (!hit.length) return at
    at = { x: at.x, y: Math.max(...hit.map((t) => t.y + t.height)) + GAP + 1 }
  }
  return at
}
