import type { WorkflowGraph } from '../../api/schemas/graph'
import type { Agent, PhoneNumber } from '../../api/schemas/resources'
import type { GraphIndex } from './graph-index'
import type { Problem } from '../../domain/problem'
import type { LeadInFlight } from '../../domain/change-impact/leads-on-steps'

/**
 * What preflight knows. A list left `undefined` has not loaded yet: the checks that need it are
 * skipped rather than reporting problems that are not there.
 */
export type PreflightInput = {
  graph: WorkflowGraph
  agents?: Agent[]
  phoneNumbers?: PhoneNumber[]
  /** The workflow's lead variable keys (`GET …/leads/variable-keys`). */
  variableKeys?: string[]
  /** Simultaneous calls the workspace allows (contract §10.1). */
  concurrencyLimit?: number
  /** Leads enrolled and waiting for activation. */
  enrolledLeads?: number
  /** On a live workflow: the leads moving through it, with the step each sits on. */
  leadsInFlight?: readonly LeadInFlight[]
  /** Names of steps the graph no longer has (a draft's deletions), to name where leads are. */
  formerStepNames?: ReadonlyMap<string, string>
}

export type Check = (index: GraphIndex, input: PreflightInput) => Problem[]
