import type { WorkflowEdge, WorkflowGraph, WorkflowNode } from '../../../api/schemas/graph'
import { applicationResult } from '../../../domain/step-semantics/application'
import { CALL_OUTCOMES, hasAnalysis } from '../../../domain/step-semantics/call-outcome'
import { explainConditional } from '../../../domain/step-semantics/conditions'
import { findEntry } from '../../../domain/step-semantics/entry'
import { holdRelease } from '../../../domain/step-semantics/hold'
import type { LeadFacts } from '../../../domain/step-semantics/lead-facts'
import { chooseRoute } from '../../../domain/step-semantics/routing'
import { endsLead, stepKind } from '../../../domain/step-semantics/step-kind'
import type { CallAnswer, StepOutcome, TestLead, Walk, WalkStep } from './walk-types'

/** A run that has not ended after this many steps is going round a loop without a call. */
const MAX_STEPS = 200
const MINUTE_MS = 60_000

export type WalkInput = {
  graph: WorkflowGraph
  lead: TestLead
  answers: readonly CallAnswer[]
  startAt: number
  /** How long a completed call is assumed to last; a call not picked up lasts a minute. */
  callMinutes: number
}

const callFacts = (answer: CallAnswer): Pick<LeadFacts, 'callAttributes' | 'lastCallStatus'> => ({
  lastCallStatus: answer.status,
  callAttributes: hasAnalysis(answer.status)
    ? Object.fromEntries(Object.entries(answer.analysis).filter(([, v]) => v.trim() !== ''))
    : {},
})

/**
 * One lead walked through the graph from the entry step with the shared step semantics, as the
 * scheduler would move it, taking call results from `answers` in order. It stops at the first
 * call it has no answer for, at a final step, or where no edge matches (the lead would stay).
 */
export function walkTestRun({ graph, lead, answers, startAt, callMinutes }: WalkInput): Walk {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  const outgoing = new Map<string, WorkflowEdge[]>()
  for (const edge of graph.edges)
    outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), edge])
  let node: WorkflowNode | undefined | null = findEntry(
    graph.nodes,
    graph.edges.map((e) => e.target),
  )
  if (!node) return { steps: [], end: { kind: 'stuck', reason: 'no-entry' } }

  let facts: LeadFacts = { variables: lead.variables, callAttributes: {}, lastCallStatus: null }
  let at = startAt
  let answerIndex = 0
  const steps: WalkStep[] = []
  while (steps.length < MAX_STEPS) {
    const kind = stepKind(node.nodeType)
    let outcome: StepOutcome
    let output: string | null = null
    let refinement: string | null = null
    let leftAt = at
    if (kind === 'call') {
      const answer = answers[answerIndex] ?? null
      outcome = { kind, answer, answerIndex }
      if (!answer) {
        steps.push({ node, kind, enteredAt: at, leftAt: null, output, edge: null, outcome })
        return { steps, end: { kind: 'awaiting-call' } }
      }
      answerIndex += 1
      ;({ output, refinement } = CALL_OUTCOMES[answer.status])
      facts = { ...facts, ...callFacts(answer) }
      leftAt = at + (answer.status === 'completed' ? callMinutes : 1) * MINUTE_MS
    } else if (kind === 'wait') {
      const hold = holdRelease(node.config, facts, at)
      outcome = { kind, hold }
      leftAt = hold.releaseAt
    } else if (kind === 'condition') {
      const verdict = explainConditional(node.config, facts)
      outcome = { kind, verdict }
      output = verdict.output
    } else if (kind === 'action') {
      const result = applicationResult(node.config, facts)
      outcome = { kind, result }
      output = result.output
    } else outcome = { kind }

    if (endsLead(kind)) {
      steps.push({ node, kind, enteredAt: at, leftAt: null, output, edge: null, outcome })
      return { steps, end: { kind: 'ended', as: kind } }
    }
    const route = chooseRoute(node.config, outgoing.get(node.id) ?? [], output, refinement)
    const edge = route?.kind === 'edge' ? route.edge : null
    steps.push({ node, kind, enteredAt: at, leftAt: route ? leftAt : null, output, edge, outcome })
    if (!route) return { steps, end: { kind: 'stuck', reason: 'no-matching-edge' } }
    node = nodes.get(route.kind === 'edge' ? route.edge.target : route.target)
    if (!node) return { steps, end: { kind: 'stuck', reason: 'missing-step' } }
    at = leftAt
  }
  return { steps, end: { kind: 'stuck', reason: 'too-many-steps' } }
}

/** Visited steps and taken edges for the canvas; the last step is where the lead is. */
export function walkPath(walk: Walk) {
  return {
    nodes: new Set(walk.steps.map((s) => s.node.id)),
    edges: new Set(walk.steps.flatMap((s) => (s.edge ? [s.edge.id] : []))),
    currentNodeId: walk.steps.at(-1)?.node.id ?? null,
  }
}
