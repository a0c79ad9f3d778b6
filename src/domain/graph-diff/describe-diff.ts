import type { GraphDiff } from './diff'

const count = (n: number, word: string) => (n ? [`${n} ${word}${n === 1 ? '' : 's'}`] : [])

/** "2 steps changed, 1 connection added". */
export function describeDiff(diff: GraphDiff): string {
  const steps = [
    ...count(diff.addedNodes.length, 'step').map((s) => `${s} added`),
    ...count(diff.removedNodes.length, 'step').map((s) => `${s} deleted`),
    ...count(diff.changedNodes.length, 'step').map((s) => `${s} changed`),
    ...count(diff.addedEdges.length, 'connection').map((s) => `${s} added`),
    ...count(diff.removedEdges.length, 'connection').map((s) => `${s} removed`),
  ]
  return steps.join(', ')
}
