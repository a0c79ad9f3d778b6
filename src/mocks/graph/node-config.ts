/**
 * The mock's own readers for stored node configs (contract §7). Configs are stored as sent, so
 * every reader is lenient about types and accepts the documented key spellings.
 */
import {
  isTerminalType as isDomainTerminal,
  KNOWN_NODE_TYPES,
  NODE_TYPE_SPECS,
  type KnownNodeType,
} from '../../domain/node-types'
// The node types, their default labels and which ones end a lead are contract facts (§7): the
// mock takes them from src/domain rather than keeping a second list that could drift. How it
// reads and validates configs stays its own, so it can catch what the client gets wrong
// (docs/decisions/007-structure.md).
export const CREATE_NODE_TYPES = KNOWN_NODE_TYPES
export type CreateNodeType = KnownNodeType

export const DEFAULT_LABELS: Record<CreateNodeType, string> = Object.fromEntries(
  KNOWN_NODE_TYPES.map((type) => [type, NODE_TYPE_SPECS[type].defaultLabel]),
) as Record<CreateNodeType, string>

export const isTerminalType = (type: string) => isDomainTerminal(type)

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

/** Branch mode (`{condition_field, branches}`) routes by branch name instead of true/false. */
export function conditionalBranches(config: Config): string[] | null {
  if (config.mode !== 'branch' || !Array.isArray(config.branches)) return null
  return config.branches.filter((b): b is string => typeof b === 'string' && b.trim() !== '')
}

/** Edge labels compare case-insensitively; empty or absent means unlabelled. */
export function normalizeLabel(label: unknown): string | null {
  return typeof label === 'string' && label.trim() ? label.trim().toLowerCase() : null
}
