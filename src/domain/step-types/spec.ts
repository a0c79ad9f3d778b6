import type { Problem } from '../problem'

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

/** A step as its type's check sees it. */
export type CheckedStep = {
  id: string
  nodeType: string
  label: string
  config: Record<string, unknown>
}

/** What the workspace holds, as far as a step's settings depend on it (`undefined`: not loaded). */
export type StepCheckFacts = {
  agents?: readonly AgentFacts[]
  phoneNumbers?: readonly PhoneNumberFacts[]
  /** How many outputs the step has (a branch-mode condition's depend on its config). */
  outputCount: number
}
export type AgentFacts = { id: string; name: string; isPublished: boolean; isDeleted: boolean }
export type PhoneNumberFacts = {
  id: string
  phoneNumber: string
  displayName: string
  status: string
  isActive: boolean
  outboundAgentId: string | null
}

/**
 * The type's own validity check (as Dify keeps `checkValid` beside each node type): what would
 * make activation fail, or the step misbehave, in this step's own settings. Checks of the graph
 * as a whole (wiring, loops, reachability) stay in preflight.
 */
export type StepCheck = (step: CheckedStep, facts: StepCheckFacts) => Problem[]

export type NodeTypeSpec<T extends string = string> = {
  type: T
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
  check?: StepCheck
}

/** How messages name a step: its label in quotes, or its type and id when it has no label. */
export function stepName(step: { id: string; label: string }, typeTitle: string): string {
  const label = step.label.trim()
  return label ? `“${label}”` : `“${typeTitle} ${step.id}”`
}
