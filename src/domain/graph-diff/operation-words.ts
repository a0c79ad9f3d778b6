import type { GraphOperation } from './plan'

/** One API operation of a plan (restore, publish), in words. */
export function operationWords(op: GraphOperation, label: (id: string) => string): string {
  switch (op.kind) {
    case 'create-node':
      return `Add step '${op.node.label}'`
    case 'update-node':
      return `Change step '${op.label}' (${Object.keys(op.changes)
        .filter((k) => k !== 'position_y')
        .map((k) => (k === 'position_x' ? 'position' : k))
        .join(', ')})`
    case 'delete-edge':
      return `Remove connection '${label(op.from)}' → '${label(op.to)}'${op.label ? ` (${op.label})` : ''}`
    case 'create-edge': {
      const id = (r: typeof op.from) => ('existing' in r ? r.existing : r.created)
      return `Connect '${label(id(op.from))}' → '${label(id(op.to))}'${op.label ? ` (${op.label})` : ''}`
    }
    case 'delete-node':
      return `Delete step '${op.label}' (and its connections)`
  }
}
