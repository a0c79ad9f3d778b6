import { z } from 'zod'
import type { GraphSnapshot } from '../graph-diff/snapshot'
import { isKnownNodeType, isTerminalType, KNOWN_NODE_TYPES } from '../node-types'

/**
 * The file "Export JSON" writes (server/history/history-routes.ts) and "New workflow from file"
 * reads: a graph in the API's own field names. Read here, checked on the way in, so a bad file
 * is refused with reasons before anything is created through the API.
 */
export const GRAPH_FILE_FORMAT = 'workflow-console.graph'
export const MAX_FILE_BYTES = 5 * 1024 * 1024
export const MAX_FILE_STEPS = 2_000
export const MAX_FILE_CONNECTIONS = 10_000
/** How many problems are listed before "and N more". */
const MAX_LISTED = 8

const text = (what: string) => z.string({ error: `${what} must be text` })
const coordinate = (what: string) => z.number({ error: `${what} must be a number` }).finite()

const fileNodeSchema = z.object({
  id: text('its id').min(1, 'its id is empty'),
  node_type: text('its node_type'),
  label: text('its label').max(255, 'its label is longer than 255 characters'),
  position_x: coordinate('position_x'),
  position_y: coordinate('position_y'),
  config: z.record(z.string(), z.unknown(), { error: 'its config must be an object' }),
})
const fileEdgeSchema = z.object({
  id: text('its id').min(1, 'its id is empty'),
  from_node_id: text('from_node_id'),
  to_node_id: text('to_node_id'),
  label: text('its label').nullable(),
})

const graphFileSchema = z.object({
  format: z.literal(GRAPH_FILE_FORMAT),
  formatVersion: z.literal(1),
  source: z
    .object({
      workflowId: z.string().optional(),
      versionId: z.number().optional(),
      versionName: z.string().nullable().optional(),
      versionAt: z.string().optional(),
    })
    .optional()
    .catch(undefined),
  graph: z.object(
    {
      nodes: z.array(fileNodeSchema, { error: 'graph.nodes must be a list of steps' }),
      edges: z.array(fileEdgeSchema, { error: 'graph.edges must be a list of connections' }),
    },
    { error: 'the file has no graph (graph.nodes and graph.edges)' },
  ),
})

export type GraphFile = { graph: GraphSnapshot; versionName: string | null; workflowId: string | null }
export type GraphFileRead = { ok: true; file: GraphFile } | { ok: false; problems: string[] }

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const refuse = (problems: string[]): GraphFileRead => ({
  ok: false,
  problems:
    problems.length > MAX_LISTED
      ? [...problems.slice(0, MAX_LISTED), `…and ${problems.length - MAX_LISTED} more problems.`]
      : problems,
})

/** "step 3", "connection 2": people count from one. */
function where(path: readonly PropertyKey[]): string {
  const [root, list, index, ...rest] = path
  if (root === 'graph' && typeof index === 'number') {
    const thing = list === 'nodes' ? 'Step' : 'Connection'
    return `${thing} ${index + 1}${rest.length ? ` (${rest.join('.')})` : ''}`
  }
  return path.join('.') || 'The file'
}

/** Reads an exported workflow file: size, JSON, shape, step types, connections; every problem in words. */
export function readGraphFile(content: string, bytes = content.length): GraphFileRead {
  if (bytes > MAX_FILE_BYTES)
    return refuse([`The file is ${megabytes(bytes)}; a workflow file can be at most ${megabytes(MAX_FILE_BYTES)}.`])
  if (content.trim() === '') return refuse(['The file is empty.'])
  let json: unknown
  try {
    json = JSON.parse(content)
  } catch (error) {
    return refuse([`The file is not JSON: ${error instanceof Error ? error.message : String(error)}.`])
  }
  const head = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null
  if (!head || head.format !== GRAPH_FILE_FORMAT)
    return refuse([
      `This is not a workflow file exported by the Workflow Console (it has no "format": "${GRAPH_FILE_FORMAT}"). Export one from a workflow's Versions tab.`,
    ])
  if (head.formatVersion !== 1)
    return refuse([`This file has format version ${JSON.stringify(head.formatVersion)}; this console reads version 1 only.`])

  const graph = head.graph as { nodes?: unknown; edges?: unknown } | undefined
  const steps = Array.isArray(graph?.nodes) ? graph.nodes.length : 0
  const connections = Array.isArray(graph?.edges) ? graph.edges.length : 0
  if (steps > MAX_FILE_STEPS || connections > MAX_FILE_CONNECTIONS)
    return refuse([
      `The file has ${steps} steps and ${connections} connections; at most ${MAX_FILE_STEPS} steps and ${MAX_FILE_CONNECTIONS} connections can be imported.`,
    ])

  const parsed = graphFileSchema.safeParse(json)
  if (!parsed.success)
    return refuse(parsed.error.issues.map((issue) => `${where(issue.path)}: ${issue.message}.`))

  const { nodes, edges } = parsed.data.graph
  const problems = [...stepProblems(nodes), ...connectionProblems(nodes, edges)]
  if (nodes.length === 0) problems.unshift('The file has no steps.')
  if (problems.length > 0) return refuse(problems)
  return {
    ok: true,
    file: {
      graph: { nodes, edges },
      versionName: parsed.data.source?.versionName ?? null,
      workflowId: parsed.data.source?.workflowId ?? null,
    },
  }
}

const named = (n: { label: string; id: string }) => (n.label ? `'${n.label}'` : `'${n.id}'`)

function stepProblems(nodes: GraphSnapshot['nodes']): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const [i, node] of nodes.entries()) {
    if (seen.has(node.id)) problems.push(`Step ${i + 1} ${named(node)} has the id '${node.id}' of an earlier step.`)
    seen.add(node.id)
    if (!isKnownNodeType(node.node_type))
      problems.push(
        `Step ${i + 1} ${named(node)} has the type '${node.node_type}', which cannot be created (known types: ${KNOWN_NODE_TYPES.join(', ')}).`,
      )
  }
  return problems
}

function connectionProblems(nodes: GraphSnapshot['nodes'], edges: GraphSnapshot['edges']): string[] {
  const problems: string[] = []
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const seen = new Set<string>()
  for (const [i, edge] of edges.entries()) {
    const from = byId.get(edge.from_node_id)
    const to = byId.get(edge.to_node_id)
    const missing = [!from && `from '${edge.from_node_id}'`, !to && `to '${edge.to_node_id}'`].filter(Boolean)
    if (missing.length > 0) {
      problems.push(`Connection ${i + 1} goes ${missing.join(' and ')}, which ${missing.length > 1 ? 'are not steps' : 'is not a step'} in the file.`)
      continue
    }
    if (isTerminalType(from!.node_type))
      problems.push(`Connection ${i + 1} leaves ${named(from!)}, a final ${from!.node_type} step, which cannot lead anywhere.`)
    const key = `${edge.from_node_id}\u0000${edge.to_node_id}\u0000${(edge.label ?? '').trim().toLowerCase()}`
    if (seen.has(key))
      problems.push(`Connection ${i + 1} repeats an earlier one from ${named(from!)} to ${named(to!)}${edge.label ? ` (${edge.label})` : ''}.`)
    seen.add(key)
  }
  return problems
}
