import { ByWorkflowMap } from './by-workflow-map'
import { createRandom, type Random } from '../random'
import type {
  AgentRecord,
  EdgeRecord,
  LeadRecord,
  NodeRecord,
  PhoneNumberRecord,
  WorkflowRecord,
} from './types'

export type SeedData = {
  workflows: WorkflowRecord[]
  nodes: NodeRecord[]
  edges: EdgeRecord[]
  leads: LeadRecord[]
  agents: AgentRecord[]
  phoneNumbers: PhoneNumberRecord[]
}

/**
 * The in-memory store. Maps keep insertion order, which doubles as creation order (edge
 * evaluation and duplication depend on it).
 */
export type MockDb = {
  workflows: Map<string, WorkflowRecord>
  nodes: Map<string, NodeRecord>
  edges: Map<string, EdgeRecord>
  leads: Map<string, LeadRecord>
  agents: Map<string, AgentRecord>
  phoneNumbers: Map<string, PhoneNumberRecord>
  /** `prefix` + 12 lowercase alphanumerics, unique across the store. */
  newId(prefix: string): string
  nodesOf(workflowId: string): NodeRecord[]
  edgesOf(workflowId: string): EdgeRecord[]
  leadsOf(workflowId: string): LeadRecord[]
  /** Removes a workflow and everything that hangs off it. */
  deleteWorkflow(workflowId: string): void
  /** Back to a fresh copy of the seed. */
  reset(): void
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'
const ID_SEED = 20261101

function fill<T extends { id: string }>(map: Map<string, T>, items: T[]) {
  map.clear()
  for (const item of items) map.set(item.id, item)
}

/**
 * `populate` runs after every reset on top of the static seed (the runtime uses it to simulate
 * the seeded leads' histories).
 */
export function createMockDb(buildSeed: () => SeedData, populate?: (db: MockDb) => void): MockDb {
  const workflows = new Map<string, WorkflowRecord>()
  const nodes = new Map<string, NodeRecord>()
  const edges = new Map<string, EdgeRecord>()
  const leads = new ByWorkflowMap<LeadRecord>()
  const agents = new Map<string, AgentRecord>()
  const phoneNumbers = new Map<string, PhoneNumberRecord>()
  let random: Random = createRandom(ID_SEED)

  const taken = (id: string) => workflows.has(id) || nodes.has(id) || edges.has(id) || leads.has(id)

  const db: MockDb = {
    workflows,
    nodes,
    edges,
    leads,
    agents,
    phoneNumbers,
    newId(prefix) {
      for (;;) {
        let suffix = ''
        for (let i = 0; i < 12; i++) suffix += ALPHABET[random.int(0, ALPHABET.length - 1)]
        const id = `${prefix}${suffix}`
        if (!taken(id)) return id
      }
    },
    nodesOf: (workflowId) => [...nodes.values()].filter((n) => n.workflow_id === workflowId),
    edgesOf: (workflowId) => [...edges.values()].filter((e) => e.workflow_id === workflowId),
    leadsOf: (workflowId) => leads.of(workflowId),
    deleteWorkflow(workflowId) {
      workflows.delete(workflowId)
      for (const map of [nodes, edges, leads] as Map<string, { workflow_id: string }>[]) {
        for (const [id, record] of map) if (record.workflow_id === workflowId) map.delete(id)
      }
    },
    reset() {
      const seed = buildSeed()
      random = createRandom(ID_SEED)
      fill(workflows, seed.workflows)
      fill(nodes, seed.nodes)
      fill(edges, seed.edges)
      fill(leads, seed.leads)
      fill(agents, seed.agents)
      fill(phoneNumbers, seed.phoneNumbers)
      populate?.(db)
    },
  }
  db.reset()
  return db
}
