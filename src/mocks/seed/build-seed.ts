import type { SeedData } from '../db/mock-db'
import { buildSeedGraphs } from './graphs'
import { seedAgents, seedPhoneNumbers } from './resources'
import { SEED_VARIABLE_KEYS } from './variable-keys'
import { seedWorkflowRecords } from './workflows'

/** A fresh, deep copy of all seed records (the store mutates what it gets). */
export function buildSeed(): SeedData {
  const graphs = Object.values(buildSeedGraphs())
  return {
    workflows: seedWorkflowRecords(SEED_VARIABLE_KEYS),
    nodes: graphs.flatMap((g) => g.nodes),
    edges: graphs.flatMap((g) => g.edges),
    leads: [],
    agents: seedAgents(),
    phoneNumbers: seedPhoneNumbers(),
  }
}
