import type { Page } from '@playwright/test'
import { sleep } from './browser'

export type Point = { x: number; y: number }

/** Like a person's drag: press, then one move per display frame (60 Hz), then release. */
export async function pacedDrag(
  page: Page,
  from: Point,
  by: Point,
  steps = 60,
  frameMs = 1000 / 60,
) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  const start = performance.now()
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (by.x * i) / steps, from.y + (by.y * i) / steps)
    const wait = start + i * frameMs - performance.now()
    if (wait > 1) await sleep(wait)
  }
  await page.mouse.up()
}

/** The node closest to the middle of the canvas whose centre is not covered by anything else. */
export function pickNode(page: Page): Promise<{ id: string; at: Point } | null> {
  return page.evaluate(() => {
    const flow = document.querySelector('.react-flow')?.getBoundingClientRect()
    if (!flow) return null
    const mid = { x: flow.left + flow.width / 2, y: flow.top + flow.height / 2 }
    let best: { id: string; at: { x: number; y: number }; d: number } | null = null
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const r = el.getBoundingClientRect()
      // Grab the node near its top-left so a large node's handles are not under the pointer.
      const at = { x: r.left + Math.min(r.width / 2, 40), y: r.top + Math.min(r.height / 2, 12) }
      const d = Math.hypot(at.x - mid.x, at.y - mid.y)
      if (best && d >= best.d) continue
      const hit = document.elementFromPoint(at.x, at.y)
      if (hit?.closest('.react-flow__node') !== el || hit.closest('.react-flow__handle')) continue
      best = { id: el.dataset.id ?? '', at, d }
    }
    return best ? { id: best.id, at: best.at } : null
  })
}

/** A point of empty pane, as close to the middle of the canvas as there is one. */
export function pickPane(page: Page): Promise<Point | null> {
  return page.evaluate(() => {
    const flow = document.querySelector('.react-flow')?.getBoundingClientRect()
    if (!flow) return null
    const mid = { x: flow.left + flow.width / 2, y: flow.top + flow.height / 2 }
    let best: { x: number; y: number; d: number } | null = null
    for (let x = flow.left + 8; x < flow.right - 8; x += 12)
      for (let y = flow.top + 8; y < flow.bottom - 8; y += 12) {
        const d = Math.hypot(x - mid.x, y - mid.y)
        if (best && d >= best.d) continue
        const hit = document.elementFromPoint(x, y)
        if (hit?.classList.contains('react-flow__pane')) best = { x, y, d }
      }
    return best ? { x: best.x, y: best.y } : null
  })
}

export function canvasBox(page: Page): Promise<{ width: number; height: number } | null> {
  return page.evaluate(() => {
    const r = document.querySelector('.react-flow')?.getBoundingClientRect()
    return r ? { width: Math.round(r.width), height: Math.round(r.height) } : null
  })
}
