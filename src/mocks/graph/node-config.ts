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

// How a stored config is read when a step runs is one contract reading shared with the test run
// and the forecast (docs/decisions/010-step-semantics-and-forecast.md): validation reads configs
// the way the scheduler will run them.
export {
  conditionalBranches,
  conditionalRules,
  fixedDelayMs,
  normalizeLabel,
  pcaField,
  text,
  type Rule,
} from '../../domain/step-semantics/config-readers'
