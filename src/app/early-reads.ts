/**
 * The API reads a screen's loader makes as it opens, started by the route-preload script
 * (scripts/route-preload.ts) while the app's own code is still loading; `apiRequest` then takes
 * the answer instead of asking again (api/early-reads.ts). `$name` is the address's parameter,
 * paths are relative to the API root and queries are written as the client writes them.
 * `early-reads.test.ts` checks that each one is a request the screen really makes.
 */
export const EARLY_READS: Readonly<Record<string, readonly string[]>> = {
  // Every screen: the root route asks whether the built-in mock answers (the demo bar).
  __root: ['/__mock/state'],
  'workflows/$workflowId': [
    '/workflows/$workflowId',
    '/workflows/$workflowId/nodes?page=1&limit=100',
    '/workflows/$workflowId/edges?page=1&limit=100',
    '/workflows/$workflowId/stats',
    '/workflows/$workflowId/leads/variable-keys',
    '/agents2?limit=100',
    '/organization-phone-numbers?limit=100',
  ],
}
