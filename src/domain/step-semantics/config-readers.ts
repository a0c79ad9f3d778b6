/**
 * How the engine reads a stored node config when it runs a step (contract §7). Stored configs
 * are whatever was sent, so every reader is lenient about types and accepts the documented key
 * spellings. The mock's scheduler and validation, the test run and the forecast all read
 * configs through these, so they cannot disagree on what a step does.
 */
type Config = Record<string, unknown>

export function text(config: Config, key: string): string | null {
  const value = config[key]
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

function num(config: Config, key: string): number | null {
  const value = config[key]
  const n = typeof value === 'string' && value.trim() ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) ? n : null
}

const MINUTE_MS = 60_000
const HOUR_MS = 3_600_000
const UNIT_MS: Record<string, number> = { minutes: MINUTE_MS, hours: HOUR_MS, days: 24 * HOUR_MS }

/** A fixed TIME delay in ms, or null when none (or a non-positive one) is configured. */
export function fixedDelayMs(config: Config): number | null {
  const value = num(config, 'duration_value')
  const unit = text(config, 'duration_unit')
  const candidates = [
    value !== null && unit && UNIT_MS[unit] ? value * (UNIT_MS[unit] ?? 0) : null,
    (num(config, 'delay_hours') ?? 0) * HOUR_MS,
    (num(config, 'delay_minutes') ?? 0) * MINUTE_MS,
  ]
  const delay = candidates.find((c) => c !== null && c > 0)
  return delay ?? null
}

/** The post-call-analysis field a TIME node waits on, without the `postcall_analysis.` prefix. */
export function pcaField(config: Config): string | null {
  const field = text(config, 'pca_field') ?? text(config, 'postcall_analysis_field')
  return field ? field.replace(/^postcall_analysis\./, '') : null
}

export type Rule = { field: string; operator: string; value: unknown }

export function conditionalRules(config: Config): { logic: 'AND' | 'OR'; rules: Rule[] } {
  const raw = Array.isArray(config.conditions) ? (config.conditions as unknown[]) : []
  const rules = raw
    .filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object')
    .map((r) => ({
      field: String(r.field ?? '').trim(),
      operator: String(r.operator ?? ''),
      value: r.value,
    }))
  return { logic: config.logic === 'OR' ? 'OR' : 'AND', rules }
}

/**
 * Branch mode routes by branch name instead of true/false: `mode: "branch"`, or the API
 * reference's `{condition_field, branches}` without a mode and without rules (contract §7.3).
 */
export function conditionalBranches(config: Config): string[] | null {
  const branchMode =
    config.mode === 'branch' ||
    (config.mode === undefined &&
      !Array.isArray(config.conditions) &&
      Array.isArray(config.branches))
  if (!branchMode || !Array.isArray(config.branches)) return null
  return config.branches.filter((b): b is string => typeof b === 'string' && b.trim() !== '')
}

/** Edge labels compare case-insensitively; empty or absent means unlabelled. */
export function normalizeLabel(label: unknown): string | null {
  return typeof label === 'string' && label.trim() ? label.trim().toLowerCase() : null
}
