/** How often an open canvas asks whether its graph changed elsewhere, at the most. */
export const GRAPH_REFRESH_MS = 5_000

/** One read of a list page per second, on average, per open canvas: the API limits each key (§1.5). */
export const REFRESH_MS_PER_PAGE = 1_000

/** The API's largest page (contract §1.4): a graph is read 100 steps or connections at a time. */
const PAGE = 100

/**
 * The wait before the next check of a graph of this size. A small graph is read every
 * {@link GRAPH_REFRESH_MS}; a big one costs a request per 100 steps or connections and a parse of
 * each, so it is read less often: a 1,000-step graph (28 pages) every 28 s, not 28 requests
 * every 5 s.
 */
export function graphRefreshDelayMs(graph: { nodes: unknown[]; edges: unknown[] }): number {
  const pages =
    Math.max(1, Math.ceil(graph.nodes.length / PAGE)) +
    Math.max(1, Math.ceil(graph.edges.length / PAGE))
  return Math.max(GRAPH_REFRESH_MS, pages * REFRESH_MS_PER_PAGE)
}
