import { readFileSync } from 'node:fs'
import { render } from '@testing-library/react'
import { ReactFlowProvider } from '@xyflow/react'
import { describe, expect, it } from 'vitest'
import type { StepData } from '../../types'
import { NODE_META } from './node-meta'
import { NODE_WIDTH, ROW } from './node-metrics'
import { StepNodeShell } from './step-node-shell'

/** step-face.css as selector → property → px. */
function faceCss(): Map<string, Record<string, number[]>> {
  // Read as a file: Vitest does not load CSS, even `?raw` (the tests run from the project root).
  const text = readFileSync('src/features/canvas/nodes/shared/step-face.css', 'utf8').replace(
    /\/\*[\s\S]*?\*\//g,
    '',
  )
  const rules = new Map<string, Record<string, number[]>>()
  for (const [, selector, body] of text.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const declarations: Record<string, number[]> = {}
    for (const d of (body ?? '').split(';')) {
      const [name, value] = d.split(':').map((s) => s.trim())
      if (name && value) declarations[name] = value.split(/\s+/).map((v) => parseFloat(v))
    }
    rules.set((selector ?? '').trim(), declarations)
  }
  return rules
}

const data: StepData = {
  nodeType: 'VOICE_CALL',
  typeTitle: 'Voice call',
  label: 'First call',
  summary: ['Agent: Priya', 'From +44 20 7946 0000'],
  marker: { severity: 'warning', summary: 'No agent' },
  stats: { waiting: 1, in_call: 2, done: 3 },
  visit: null,
  outputs: [
    { id: 'COMPLETED', title: 'Completed', edgeLabel: 'COMPLETED' },
    { id: 'FAILED', title: 'Failed', edgeLabel: 'FAILED' },
  ],
  pending: false,
}

describe('the step face', () => {
  it('draws every row at the height the layout gives it (node-metrics.ts)', () => {
    const css = faceCss()
    const px = (selector: string, property: string) => css.get(selector)?.[property]?.[0]
    expect(px('.step-node', 'width')).toBe(NODE_WIDTH)
    expect(px('.step-node', 'padding-top')).toBe(ROW.top)
    expect(px('.step-type', 'height')).toBe(ROW.type)
    expect(px('.step-name', 'height')).toBe(ROW.name)
    expect(px('.step-summary > li', 'height')).toBe(ROW.summary)
    expect(px('.step-summary', 'padding-bottom')).toBe(ROW.bottom)
    expect(px('.step-marker', 'height')).toBe(ROW.marker)
    expect(px('.step-stats', 'height')).toBe(ROW.stats)
    // A 1 px rule above the rows, then the padding above and below them.
    expect(1 + 2 * (px('.step-outputs', 'padding') ?? NaN)).toBe(ROW.outputsFrame)
    expect(px('.step-output', 'height')).toBe(ROW.output)
  })

  it('sets no inline style on any element, so a big canvas shares styles between steps', () => {
    const { container } = render(
      <ReactFlowProvider>
        <StepNodeShell data={data} selected={false} isConnectable meta={NODE_META.VOICE_CALL} />
      </ReactFlowProvider>,
    )
    expect(container.querySelector('.step-output')).not.toBeNull()
    expect(container.querySelectorAll('[style]')).toHaveLength(0)
  })

  it('draws every icon from one image: each distinct SVG image costs the browser a document', () => {
    const css = readFileSync('src/features/canvas/nodes/shared/step-icons.css', 'utf8')
    expect(css.match(/url\(/g)).toHaveLength(1)
    const cells = [
      ...css.matchAll(/\.step-icon-(\w+) \{\s*background-position-x: (-?\d+)(?:px)?;/g),
    ]
    expect(cells.map(([, name]) => name)).toEqual([
      'phone',
      'clock',
      'branch',
      'plug',
      'check',
      'stop',
      'unknown',
    ])
    // One 16 px cell per icon, in the order the image draws them.
    expect(cells.map(([, , x]) => Number(x))).toEqual(cells.map((_, i) => (i === 0 ? 0 : -16 * i)))
    expect(css).toMatch(new RegExp(`viewBox='0 0 ${24 * cells.length} 24'`))
  })
})
