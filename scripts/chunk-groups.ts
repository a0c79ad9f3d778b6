/**
 * Fewer, larger chunks on the way to a screen.
 *
 * Rolldown gives each set of modules shared by the entry and the lazily loaded screens a chunk of
 * its own (Rollup leaves what the entry imports in the entry, which always loads first): opening
 * a workflow took 23 files. Over HTTP/1.1 a browser fetches six at a time from one origin, so
 * the screen's chunks queued behind the entry's small ones. Two named groups fix that:
 * - `app`: every module the entry imports, directly or not, without a dynamic `import()` on the
 *   way (it all has to load before the app starts anyway);
 * - `screens`: the rest of what two or more screens import statically (dialogs, form fields,
 *   the API schemas), so that a screen is its own chunk plus this one.
 * What one screen alone needs stays in that screen's chunk, and what a screen loads on demand
 * (`import()` inside it) stays a chunk of its own.
 */
export type ModuleGraph = {
  getModuleInfo(
    id: string,
  ): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null
}

/** Every module `entry` reaches through static imports, itself included. */
export function staticClosure(entry: string, graph: ModuleGraph): Set<string> {
  const seen = new Set<string>()
  const stack = [entry]
  while (stack.length) {
    const id = stack.pop() as string
    if (seen.has(id)) continue
    seen.add(id)
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) stack.push(next)
  }
  return seen
}

const SCREEN = /[?&]tsr-split=component/

/** The group each module belongs to: `app`, `screens`, or none (split as usual). */
export function chunkGroups(entry: string, graph: ModuleGraph): Map<string, 'app' | 'screens'> {
  const app = staticClosure(entry, graph)
  const screens = [
    ...new Set([...app].flatMap((id) => graph.getModuleInfo(id)?.dynamicallyImportedIds ?? [])),
  ].filter((id) => SCREEN.test(id))
  const uses = new Map<string, number>()
  for (const screen of screens)
    for (const id of staticClosure(screen, graph))
      if (!app.has(id)) uses.set(id, (uses.get(id) ?? 0) + 1)
  const groups = new Map<string, 'app' | 'screens'>()
  for (const id of app) groups.set(id, 'app')
  for (const [id, count] of uses) if (count > 1) groups.set(id, 'screens')
  return groups
}

/** A `codeSplitting.groups[].name` function over {@link chunkGroups}, worked out once a build. */
export function groupName(entry: string) {
  let groups: Map<string, string> | null = null
  return (moduleId: string, ctx: ModuleGraph): string | null => {
    groups ??= chunkGroups(entry, ctx)
    return groups.get(moduleId) ?? null
  }
}
