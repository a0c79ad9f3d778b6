import type { MockDb } from '../db/mock-db'

/** Filled in with the real rules in stage 2. */
export function activationProblems(_db: MockDb, _workflowId: string): string[] {
  return []
}
