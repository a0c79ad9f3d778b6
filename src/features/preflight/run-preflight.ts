import type { Check, PreflightInput } from './check'
import { checkConcurrency } from './checks/concurrency'
import { checkCycles } from './checks/cycles'
import { checkReachEnd } from './checks/reach-end'
import {
  checkDanglingEdges,
  checkEntries,
  checkUnknownTypes,
  checkUnreachable,
} from './checks/structure'
import { checkVariables } from './checks/variables'
import { checkStepSettings } from './checks/step-settings'
import { checkWiring } from './checks/wiring'
import { checkStrandedLeads } from './checks/stranded-leads'
import { buildGraphIndex } from './graph-index'
import type { Problem } from '../../domain/problem'

export type { PreflightInput } from './check'
export type { Problem, ProblemSeverity } from '../../domain/problem'

/** In the order the panel lists them within a group: structure first, then settings, then advice. */
const CHECKS: readonly Check[] = [
  checkEntries,
  checkDanglingEdges,
  checkUnreachable,
  checkWiring,
  checkCycles,
  checkStepSettings,
  checkVariables,
  checkUnknownTypes,
  checkReachEnd,
  checkConcurrency,
  checkStrandedLeads,
]

/**
 * Every problem that would stop (error) or hamper (warning) the workflow once activated. Pure and
 * linear in the size of the graph: one index, then each check walks it once.
 */
export function runPreflight(input: PreflightInput): Problem[] {
  const index = buildGraphIndex(input.graph)
  return CHECKS.flatMap((check) => check(index, input))
}
