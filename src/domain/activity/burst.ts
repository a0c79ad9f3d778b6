/** Edits by one person closer together than this make one version of the graph. */
export const BURST_WINDOW_MS = 2 * 60_000

export type VersionHead = { kind: string; actorKey: string | null; updatedAt: number }

/**
 * Whether an edit by `actorKey` at `at` joins the latest version instead of starting a new one:
 * only an edit version, by the same person, whose last edit is within the window. An activation,
 * a named version, a change from outside or someone else's edit always closes a burst.
 */
export function continuesBurst(
  latest: VersionHead | null,
  next: { actorKey: string | null; at: number },
  windowMs = BURST_WINDOW_MS,
): boolean {
  if (!latest || latest.kind !== 'edit') return false
  if (latest.actorKey === null || latest.actorKey !== next.actorKey) return false
  const gap = next.at - latest.updatedAt
  return gap >= 0 && gap <= windowMs
}
