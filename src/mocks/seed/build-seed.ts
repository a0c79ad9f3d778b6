import type { SeedData } from '../db/mock-db'
import { seedWorkflowRecords } from './workflows'

/** A fresh, deep copy of all seed records (the store mutates what it gets). */
export function buildSeed(): SeedData {
  return {
    workflows: seedWorkflowRecords({}),
    nodes: [],
    edges: [],
    leads: [],
    agents: [],
    phoneNumbers: [],
  }
}
