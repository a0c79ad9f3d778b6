import { voiceCallSpec } from './step-types/voice-call'
import { timeSpec } from './step-types/time'
import { conditionalSpec } from './step-types/conditional'
import { applicationSpec } from './step-types/application'
import { convertedSpec } from './step-types/converted'
import { droppedSpec } from './step-types/dropped'
import type { NodeOutput, NodeTypeSpec } from './step-types/spec'
/**
 * The node-type registry as data: outputs, terminal flag, names. The canvas (handles, edge
 * labels), preflight and forms all read outputs from here, never from their own lists.
 */
export const KNOWN_NODE_TYPES = [
  'VOICE_CALL',
  'TIME',
  'CONDITIONAL',
  'APPLICATION',
  'CONVERTED',
  'DROPPED',
] as const
export type KnownNodeType = (typeof KNOWN_NODE_TYPES)[number]

export type { NodeOutput, NodeTypeSpec } from './step-types/spec'

/** One file per type in `step-types/`: its names, outputs, flags and its own validity check. */
export const NODE_TYPE_SPECS: { [T in KnownNodeType]: NodeTypeSpec<T> } = {
  VOICE_CALL: voiceCallSpec,
  TIME: timeSpec,
  CONDITIONAL: conditionalSpec,
  APPLICATION: applicationSpec,
  CONVERTED: convertedSpec,
  DROPPED: droppedSpec,
}

export function isKnownNodeType(type: string): type is KnownNodeType {
  return (KNOWN_NODE_TYPES as readonly string[]).includes(type)
}

/**
 * Fixed outputs of a node type; `undefined` for a type this client does not know. For a step's
 * outputs (config-dependent ones included) call `nodeOutputs` in node-outputs.ts.
 */
export function outputsOf(type: string): readonly NodeOutput[] | undefined {
  return isKnownNodeType(type) ? NODE_TYPE_SPECS[type].outputs : undefined
}

export function isTerminalType(type: string): boolean {
  return isKnownNodeType(type) && NODE_TYPE_SPECS[type].terminal
}

export function placesCall(type: string): boolean {
  return isKnownNodeType(type) && NODE_TYPE_SPECS[type].placesCall
}

export function waits(type: string): boolean {
  return isKnownNodeType(type) && NODE_TYPE_SPECS[type].waits
}

/** Labels that refine DNP (contract §7.2, §14.12). */
const DNP_ALIASES = ['NO_ANSWER', 'BUSY', 'VOICEMAIL']

/**
 * The output an edge label stands for, matched case-insensitively (contract §14.18); for
 * VOICE_CALL the DNP refinements count as DNP. `null` when the label is not an output.
 */
export function outputForEdgeLabel(type: string, label: string | null): NodeOutput | null {
  const outputs = outputsOf(type)
  if (!outputs) return null
  const wanted = label?.trim() ? label.trim().toUpperCase() : null
  for (const output of outputs) {
    const own = output.edgeLabel?.toUpperCase() ?? null
    if (own === wanted) return output
    if (type === 'VOICE_CALL' && output.id === 'DNP' && wanted && DNP_ALIASES.includes(wanted))
      return output
  }
  return null
}
