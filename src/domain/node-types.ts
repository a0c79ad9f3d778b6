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
  /** Who is stuck when the output is not wired, e.g. "leads whose call fails" (preflight). */
  stranded: string
}

export type NodeTypeSpec = {
  type: KnownNodeType
  title: string
  description: string
  defaultLabel: string
  /**
   * Fixed outputs. Some types add config-dependent ones (a CONDITIONAL in branch mode): read
   * a step's outputs with `nodeOutputs` (node-outputs.ts), never from here directly.
   */
  outputs: readonly NodeOutput[]
  terminal: boolean
  /** Reaching the step places a phone call (uses a line; concurrency, loop checks). */
  placesCall: boolean
  /** The step holds a lead for a while (breaks a loop of instant steps). */
  waits: boolean
}

const spec = (s: NodeTypeSpec) => s

export const NODE_TYPE_SPECS: Record<KnownNodeType, NodeTypeSpec> = {
  VOICE_CALL: spec({
    type: 'VOICE_CALL',
    title: 'Voice call',
    description: 'Place an outbound AI call to the lead',
    defaultLabel: 'Voice call',
    outputs: [
      {
        id: 'COMPLETED',
        edgeLabel: 'COMPLETED',
        title: 'Completed',
        stranded: 'leads whose call completes',
      },
      { id: 'FAILED', edgeLabel: 'FAILED', title: 'Failed', stranded: 'leads whose call fails' },
      {
        id: 'DNP',
        edgeLabel: 'DNP',
        title: 'Did not pick up',
        stranded: 'leads who do not pick up',
      },
    ],
    terminal: false,
    placesCall: true,
    waits: false,
  }),
  TIME: spec({
    type: 'TIME',
    title: 'Wait',
    description: 'Hold the lead for a duration, then continue',
    defaultLabel: 'Wait',
    outputs: [{ id: 'next', edgeLabel: null, title: 'Then', stranded: 'leads whose wait is over' }],
    terminal: false,
    placesCall: false,
    waits: true,
  }),
  CONDITIONAL: spec({
    type: 'CONDITIONAL',
    title: 'Condition',
    description: 'Branch on lead variables or call results',
    defaultLabel: 'Condition',
    outputs: [
      {
        id: 'true',
        edgeLabel: 'true',
        title: 'True',
        stranded: 'leads for whom the condition is true',
      },
      {
        id: 'false',
        edgeLabel: 'false',
        title: 'False',
        stranded: 'leads for whom the condition is false',
      },
    ],
    terminal: false,
    placesCall: false,
    waits: false,
  }),
  APPLICATION: spec({
    type: 'APPLICATION',
    title: 'Application',
    description: 'Run an integration action (WhatsApp, email, CRM)',
    defaultLabel: 'Application',
    outputs: [
      {
        id: 'success',
        edgeLabel: 'success',
        title: 'Success',
        stranded: 'leads whose action succeeds',
      },
      {
        id: 'failure',
        edgeLabel: 'failure',
        title: 'Failure',
        stranded: 'leads whose action fails',
      },
    ],
    terminal: false,
    placesCall: false,
    waits: false,
  }),
  CONVERTED: spec({
    type: 'CONVERTED',
    title: 'Converted',
    description: 'End the lead as converted',
    defaultLabel: 'Converted',
    outputs: [],
    terminal: true,
    placesCall: false,
    waits: false,
  }),
  DROPPED: spec({
    type: 'DROPPED',
    title: 'Dropped',
    description: 'End the lead as dropped',
    defaultLabel: 'Dropped',
    outputs: [],
    terminal: true,
    placesCall: false,
    waits: false,
  }),
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
