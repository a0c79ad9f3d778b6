import { describe, expect, it } from 'vitest'
import { chunkGroups, groupName, staticClosure, type ModuleGraph } from './chunk-groups'

/** A module graph from `id: [static imports] / [dynamic imports]`. */
function graphOf(edges: Record<string, [string[], string[]?]>): ModuleGraph {
  return {
    getModuleInfo: (id) =>
      edges[id] ? { importedIds: edges[id][0], dynamicallyImportedIds: edges[id][1] ?? [] } : null,
  }
}

const graph = graphOf({
  main: [['react', 'router', 'api']],
  react: [[]],
  api: [['zod-core']],
  'zod-core': [[]],
  router: [['routes'], ['/a.tsx?tsr-split=component', '/b.tsx?tsr-split=component']],
  routes: [[]],
  '/a.tsx?tsr-split=component': [['dialog', 'a-only', 'react'], ['a-extra']],
  '/b.tsx?tsr-split=component': [['dialog', 'field', 'api']],
  dialog: [['field']],
  field: [[]],
  'a-only': [[]],
  'a-extra': [['dialog']],
})

describe('chunk groups', () => {
  it('follows static imports only', () => {
    expect([...staticClosure('router', graph)].sort()).toEqual(['router', 'routes'])
  })

  it('puts what the entry imports in `app` and what two screens share in `screens`', () => {
    const groups = chunkGroups('main', graph)
    expect(Object.fromEntries(groups)).toEqual({
      main: 'app',
      react: 'app',
      router: 'app',
      routes: 'app',
      api: 'app',
      'zod-core': 'app',
      dialog: 'screens',
      field: 'screens',
    })
  })

  it('leaves one screen’s own modules and what it loads on demand to the usual splitting', () => {
    const name = groupName('main')
    expect(name('a-only', graph)).toBeNull()
    expect(name('a-extra', graph)).toBeNull()
    expect(name('/a.tsx?tsr-split=component', graph)).toBeNull()
    expect(name('react', graph)).toBe('app')
  })
})
