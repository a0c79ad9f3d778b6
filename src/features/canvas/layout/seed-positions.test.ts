// @vitest-environment node
import { writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { workflowEdgeSchema, workflowNodeSchema } from '../../../api/schemas/graph'
import { buildSeedGraphs } from '../../../mocks/seed/graphs'
import { tidyLayout } from './step-size'

/**
 * The seeded workflows are stored already tidy: each step where "Tidy up" would put it. The mock
 * may not import the canvas, so the positions are written into src/mocks/seed/tidy-positions.ts;
 * after changing a seeded graph, rewrite them with
 * `UPDATE_SEED_POSITIONS=1 npx vitest run src/features/canvas/layout/seed-positions.test.ts`.
 */
const seeds = Object.entries(buildSeedGraphs()).map(([key, g]) => {
  const tidy = tidyLayout({
    nodes: g.nodes.map((n) => workflowNodeSchema.parse(n)),
    edges: g.edges.map((e) => workflowEdgeSchema.parse(e)),
  })
  const stored = new Map(g.nodes.map((n) => [n.id, { x: n.position_x, y: n.position_y }]))
  return { key, tidy, stored }
})

function writePositions() {
  const lines = seeds.flatMap(({ key, tidy }) => [
    `  // ${key}`,
    ...[...tidy].map(([id, p]) => `  ${id}: [${p.x}, ${p.y}],`),
  ])
  writeFileSync(
    new URL('../../../mocks/seed/tidy-positions.ts', import.meta.url),
    [
      '/**',
      " * Each seeded step's tidy position (x, y), written by",
      ' * src/features/canvas/layout/seed-positions.test.ts with UPDATE_SEED_POSITIONS=1. Do not edit.',
      ' */',
      'export const TIDY_POSITIONS: Readonly<Record<string, readonly [number, number]>> = {',
      ...lines,
      '}',
      '',
    ].join('\n'),
  )
}

describe('seeded workflows', () => {
  if (process.env.UPDATE_SEED_POSITIONS) writePositions()

  it.each(seeds)('$key is stored as "Tidy up" lays it out', ({ tidy, stored }) => {
    expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(tidy))
  })
})
