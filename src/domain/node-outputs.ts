import { conditionalConfigSchema, type ConditionalConfig } from './node-config'
import { outputForEdgeLabel, outputsOf, type NodeOutput } from './node-types'
import { parseConfig } from './config-cache'

/** What the outputs of a step depend on: its type and, for some types, its config. */
export type StepLike = { nodeType: string; config: Record<string, unknown> }

/**
 * The one place that says which outputs a step has. The canvas (handles, edge labels), the
 * "next step" selects and preflight all call `nodeOutputs` / `matchOutput`.
 *
 * A CONDITIONAL in the API's branch mode (contract §7.3) routes by branch name rather than
 * true/false; its outputs come from its own config. Every other node reads the registry.
 */
export function isBranchMode(config: ConditionalConfig): boolean {
  return (
    config.mode === 'branch' ||
    (config.mode === undefined && !config.conditions && !!config.branches)
  )
}

function branchOutputs(node: StepLike): NodeOutput[] | null {
  if (node.nodeType !== 'CONDITIONAL') return null
  const config = parseConfig(conditionalConfigSchema, node.config)
  if (!isBranchMode(config)) return null
  const names = (config.branches ?? []).map((b) => b.trim()).filter(Boolean)
  return [...new Set(names)].map((name) => ({
    id: name,
    edgeLabel: name,
    title: name,
    stranded: `leads on the ${name} branch`,
  }))
}

export function nodeOutputs(node: StepLike): readonly NodeOutput[] | undefined {
  return branchOutputs(node) ?? outputsOf(node.nodeType)
}

const matches = new WeakMap<readonly NodeOutput[], Map<string | null, NodeOutput | null>>()

/**
 * The output an edge label stands for on this node (case-insensitive, DNP refinements via the
 * registry), or `null`. Remembered per outputs list and label: a big graph repeats a handful of
 * labels thousands of times.
 */
export function matchOutput(
  node: Pick<StepLike, 'nodeType'>,
  outputs: readonly NodeOutput[] | undefined,
  label: string | null,
): NodeOutput | null {
  if (!outputs) return null
  let memo = matches.get(outputs)
  if (!memo) {
    memo = new Map()
    matches.set(outputs, memo)
  }
  const known = memo.get(label)
  if (known !== undefined) return known
  const registered = outputForEdgeLabel(node.nodeType, label)
  const wanted = label?.trim() ? label.trim().toUpperCase() : null
  const found =
    registered && outputs.includes(registered)
      ? registered
      : (outputs.find((o) => (o.edgeLabel?.toUpperCase() ?? null) === wanted) ?? null)
  memo.set(label, found)
  return found
}

/** The output an edge of this step stands for, with the step's own (possibly config-made) outputs. */
export function outputOfEdge(node: StepLike, label: string | null): NodeOutput | null {
  return matchOutput(node, nodeOutputs(node), label)
}
