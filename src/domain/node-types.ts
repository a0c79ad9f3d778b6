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

export type NodeOutput = {
  /** Stable handle id on the canvas. */
  id: string
  /** Edge label written for this output; `null` = unlabelled default edge. */
  edgeLabel: string | null
  /** Human name of the output. */
  title: string
}

export type NodeTypeSpec = {
  type: KnownNodeType
  title: string
  description: string
  defaultLabel: string
  outputs: readonly NodeOutput[]
  terminal: boolean
}

const spec = (s: NodeTypeSpec) => s

export const NODE_TYPE_SPECS: Record<KnownNodeType, NodeTypeSpec> = {
  VOICE_CALL: spec({
    type: 'VOICE_CALL',
    title: 'Voice call',
    description: 'Place an outbound AI call to the lead',
    defaultLabel: 'Voice call',
    outputs: [
      { id: 'COMPLETED', edgeLabel: 'COMPLETED', title: 'Completed' },
      { id: 'FAILED', edgeLabel: 'FAILED', title: 'Failed' },
      { id: 'DNP', edgeLabel: 'DNP', title: 'Did not pick up' },
    ],
    terminal: false,
  }),
  TIME: spec({
    type: 'TIME',
    title: 'Wait',
    description: 'Hold the lead for a duration, then continue',
    defaultLabel: 'Wait',
    outputs: [{ id: 'next', edgeLabel: null, title: 'Then' }],
    terminal: false,
  }),
  CONDITIONAL: spec({
    type: 'CONDITIONAL',
    title: 'Condition',
    description: 'Branch on lead variables or call results',
    defaultLabel: 'Condition',
    outputs: [
      { id: 'true', edgeLabel: 'true', title: 'True' },
      { id: 'false', edgeLabel: 'false', title: 'False' },
    ],
    terminal: false,
  }),
  APPLICATION: spec({
    type: 'APPLICATION',
    title: 'Application',
    description: 'Run an integration action (WhatsApp, email, CRM)',
    defaultLabel: 'Application',
    outputs: [
      { id: 'success', edgeLabel: 'success', title: 'Success' },
      { id: 'failure', edgeLabel: 'failure', title: 'Failure' },
    ],
    terminal: false,
  }),
  CONVERTED: spec({
    type: 'CONVERTED',
    title: 'Converted',
    description: 'End the lead as converted',
    defaultLabel: 'Converted',
    outputs: [],
    terminal: true,
  }),
  DROPPED: spec({
    type: 'DROPPED',
    title: 'Dropped',
    description: 'End the lead as dropped',
    defaultLabel: 'Dropped',
    outputs: [],
    terminal: true,
  }),
}

export function isKnownNodeType(type: string): type is KnownNodeType {
  return (KNOWN_NODE_TYPES as readonly string[]).includes(type)
}

/** Outputs of a node type; `undefined` for a type this client does not know. */
export function outputsOf(type: string): readonly NodeOutput[] | undefined {
  return isKnownNodeType(type) ? NODE_TYPE_SPECS[type].outputs : undefined
}

export function isTerminalType(type: string): boolean {
  return isKnownNodeType(type) && NODE_TYPE_SPECS[type].terminal
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
