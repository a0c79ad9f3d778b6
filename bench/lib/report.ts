import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ratio } from './budgets'
import type { Row } from './results'

const fmt = (value: number | string | null | undefined, unit = '') =>
  value === null || value === undefined
    ? ''
    : typeof value === 'number'
      ? `${value}${unit ? ` ${unit}` : ''}`
      : value

/** A plain-text table: figure, measured, bare React Flow, ratio, budget, result. */
export function formatTable(rows: Row[]): string {
  const header = ['section', 'figure', 'measured', 'bare RF', 'ratio', 'budget', 'result']
  const body = rows.map((row) => {
    const r = ratio(row)
    return [
      row.section,
      row.figure,
      fmt(row.value, row.unit),
      fmt(row.bare, row.unit),
      r === null ? '' : `×${r.toFixed(2)}`,
      row.budget ?? '',
      row.pass === undefined || row.pass === null ? '' : row.pass ? 'pass' : 'FAIL',
    ]
  })
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)),
  )
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join(' │ ')
      .trimEnd()
  return [line(header), widths.map((w) => '─'.repeat(w)).join('─┼─'), ...body.map(line)].join('\n')
}

/** Writes `<dir>/<timestamp>.json` and returns its path. */
export function writeJson(dir: string, startedAt: Date, content: unknown): string {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`)
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`)
  return file
}
