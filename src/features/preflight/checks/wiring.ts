import type { WorkflowEdge, WorkflowNode } from '../../../api/schemas/graph'
import { isTerminalType, type NodeOutput } from '../../../domain/node-types'
import type { Check } from '../check'
import { edgesOf, nameOf, nodeAt, type GraphIndex } from '../graph-index'
import { matchOutput } from '../../../domain/node-outputs'
import { problem, type Problem } from '../../../domain/problem'

const outputName = (o: NodeOutput) => o.edgeLabel ?? o.title
const labelKey = (label: string | null) => label?.trim().toUpperCase() ?? ''

function edgeTarget(index: GraphIndex, edge: WorkflowEdge) {
  return nameOf(nodeAt(index, edge.target), edge.target)
}

/**
 * Outgoing edges against the node's outputs: every non-terminal node has one (the documented
 * checklist), every output is wired, every label is an output and appears once, and
 * CONVERTED/DROPPED have none.
 */
export const checkWiring: Check = (index) => {
  const out: Problem[] = []
  for (const [i, node] of index.nodes.entries()) {
    const edges = edgesOf(index, index.out, i)
    if (isTerminalType(node.nodeType)) {
      for (const edge of edges) out.push(fromTerminal(index, node, edge))
      continue
    }
    if (edges.length === 0) {
      out.push(
        problem({
          code: 'node.no-outgoing',
          severity: 'error',
          nodeId: node.id,
          message: `${nameOf(node)} has no outgoing connection, so leads that reach it get stuck.`,
          fix: `Connect ${nameOf(node)} to the next step, or to Converted or Dropped.`,
          summary: 'no outgoing connection',
        }),
      )
      continue
    }
    const outputs = index.outputs[i]
    if (outputs) checkOutputs(index, node, outputs, edges, out)
  }
  return out
}

function checkOutputs(
  index: GraphIndex,
  node: WorkflowNode,
  outputs: readonly NodeOutput[],
  edges: readonly WorkflowEdge[],
  out: Problem[],
) {
  // Outputs and edges per node are a handful: arrays beat sets here.
  const wired: string[] = []
  const seenLabels: string[] = []
  const hasUnlabelledOutput = outputs.some((o) => o.edgeLabel === null)
  let catchAll = false
  for (const edge of edges) {
    const key = labelKey(edge.label)
    if (seenLabels.includes(key)) {
      out.push(duplicateLabel(index, node, edge))
      continue
    }
    seenLabels.push(key)
    const output = matchOutput(node, outputs, edge.label)
    if (output) wired.push(output.id)
    else if (edge.label === null && !hasUnlabelledOutput) {
      // Contract §14.17: an unlabelled edge is a default that catches every unrouted outcome.
      catchAll = true
      out.push(
        problem({
          code: 'edge.unlabelled',
          severity: 'warning',
          nodeId: node.id,
          edgeId: edge.id,
          message: `The connection from ${nameOf(node)} to ${edgeTarget(index, edge)} has no label, so it catches every outcome no labelled connection handles.`,
          fix: 'Connect from a specific output instead, unless a catch-all is what you want.',
          summary: 'unlabelled catch-all connection',
        }),
      )
    } else out.push(unknownLabel(index, node, outputs, edge))
  }
  if (catchAll) return
  const configured = configuredOutputs(index, node)
  for (const output of outputs) {
    if (wired.includes(output.id) || configured.includes(output.id)) continue
    const name = outputName(output)
    out.push(
      problem({
        code: 'output.not-wired',
        severity: 'error',
        nodeId: node.id,
        idSuffix: output.id,
        message: `${nameOf(node)} has no connection for its ${name} output, so ${output.stranded} get stuck there.`,
        fix: `Connect the ${name} output of ${nameOf(node)} to the step those leads should go to next, or to Dropped.`,
        summary: `${name} output not wired`,
      }),
    )
  }
}

/**
 * APPLICATION may name its next nodes in `config.outputs` (contract §7.5, §14.16); the server
 * honours them when no labelled edge exists, so they count as wired.
 */
function configuredOutputs(index: GraphIndex, node: WorkflowNode): string[] {
  const outputs = node.config.outputs
  if (node.nodeType !== 'APPLICATION' || !outputs || typeof outputs !== 'object') return []
  return Object.entries(outputs)
    .filter(([, target]) => typeof target === 'string' && index.position.has(target))
    .map(([name]) => name)
}

function fromTerminal(index: GraphIndex, node: WorkflowNode, edge: WorkflowEdge) {
  return problem({
    code: 'edge.from-terminal',
    severity: 'error',
    nodeId: node.id,
    edgeId: edge.id,
    message: `${nameOf(node)} ends the lead, so its connection to ${edgeTarget(index, edge)} would never be used.`,
    fix: 'Delete the connection: Converted and Dropped are always last.',
    summary: 'connection leaves an end step',
  })
}

function duplicateLabel(index: GraphIndex, node: WorkflowNode, edge: WorkflowEdge) {
  const what = edge.label === null ? 'without a label' : `for ${edge.label.trim()}`
  return problem({
    code: 'edge.duplicate-label',
    severity: 'error',
    nodeId: node.id,
    edgeId: edge.id,
    message: `${nameOf(node)} has more than one connection ${what}; the one to ${edgeTarget(index, edge)} would never be used.`,
    fix: 'Delete one of the two connections.',
    summary: `two connections ${what}`,
  })
}

function unknownLabel(
  index: GraphIndex,
  node: WorkflowNode,
  outputs: readonly NodeOutput[],
  edge: WorkflowEdge,
) {
  const allowed = outputs.map((o) => o.edgeLabel ?? 'no label').join(', ') || 'none'
  const label = edge.label === null ? 'has no label' : `is labelled “${edge.label.trim()}”`
  return problem({
    code: 'edge.unknown-label',
    severity: 'error',
    nodeId: node.id,
    edgeId: edge.id,
    message: `The connection from ${nameOf(node)} to ${edgeTarget(index, edge)} ${label}, which is not one of its outputs (${allowed}).`,
    fix: `Delete the connection and draw it again from one of the outputs of ${nameOf(node)}.`,
    summary: 'connection label is not an output',
  })
}
