import type { WorkflowNode } from '../../api/schemas/graph'
import { conditionalConfigSchema, type ConditionalConfig } from '../../domain/node-config'
import { outputForEdgeLabel, outputsOf, type NodeOutput } from '../../domain/node-types'
import { parseConfig } from './config-cache'

/**
 * A CONDITIONAL in the API's branch mode (contract §7.3) routes by branch name rather than
 * true/false; its outputs come from its own config. Every other node reads the registry.
 */
export function isBranchMode(config: ConditionalConfig): boolean {
  return (
    config.mode === 'branch' ||
    (config.mode === undefined && !config.conditions && !!config.branches)
  )
}

function branchOutputs(node: WorkflowNode): NodeOutput[] | null {
  if (node.nodeType !== 'CONDITIONAL') return null
  const config = parseConfig(conditionalConfigSchema, node.config)
  if (!isBranchMode(config)) return null
  const names = (config.branches ?? []).map((b) => b.trim()).filter(Boolean)
  return [...new Set(names)].map((name) => ({ id: name, edgeLabel: name, title: name }))
}

export function nodeOutputs(node: WorkflowNode): readonly NodeOutput[] | undefined {
  return branchOutputs(node) ?? outputsOf(node.nodeType)
}

const matches = new WeakMap<readonly NodeOutput[], Map<string | null, NodeOutput | null>>()

/**
 * The output an edge label stands for on this node (case-insensitive, DNP refinements via the
 * registry), or `null`. Remembered per outputs list and label: a big graph repeats a handful of
 * labels thousands of times.
 */
export function matchOutput(
  node: WorkflowNode,
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
