import type { WorkflowEdge, WorkflowNode } from '../../../api/schemas/graph'
import type { ApplicationResult } from '../../../domain/step-semantics/application'
import type { CallStatus } from '../../../domain/step-semantics/call-outcome'
import type { ConditionalVerdict } from '../../../domain/step-semantics/conditions'
import type { Hold } from '../../../domain/step-semantics/hold'
import type { StepKind } from '../../../domain/step-semantics/step-kind'

/** What the person chose for one call of the run: its result and the post-call values said. */
export type CallAnswer = { status: CallStatus; analysis: Record<string, string> }

export type TestLead = { phoneNumber: string; variables: Record<string, string> }

export type StepOutcome =
  | { kind: 'call'; answer: CallAnswer | null; answerIndex: number }
  | { kind: 'wait'; hold: Hold }
  | { kind: 'condition'; verdict: ConditionalVerdict }
  | { kind: 'action'; result: ApplicationResult }
  | { kind: 'converted' | 'dropped' | 'pass' }

export type WalkStep = {
  node: WorkflowNode
  kind: StepKind
  enteredAt: number
  /** When the lead would leave; `null` while the step waits for an answer or ends the run. */
  leftAt: number | null
  output: string | null
  /** The edge taken out of the step, when it is an edge (not a config output). */
  edge: WorkflowEdge | null
  outcome: StepOutcome
}

export type WalkEnd =
  | { kind: 'awaiting-call' }
  | { kind: 'ended'; as: 'converted' | 'dropped' }
  | { kind: 'stuck'; reason: 'no-entry' | 'no-matching-edge' | 'missing-step' | 'too-many-steps' }

export type Walk = { steps: WalkStep[]; end: WalkEnd }
