export type ProblemSeverity = 'error' | 'warning'

export type Problem = {
  /** Stable across runs: code plus the node/edge (and rule) it concerns. */
  id: string
  /** Machine-readable kind, e.g. `voice-call.no-agent`. */
  code: string
  /** `error` blocks activation; `warning` does not. */
  severity: ProblemSeverity
  nodeId?: string
  edgeId?: string
  /** Other nodes involved (the rest of a loop); the canvas marks them too. */
  relatedNodeIds?: string[]
  /** Plain-language statement of the problem. */
  message: string
  /** What to do about it. */
  fix: string
  /** A few words for canvas tooltips ("no agent"). */
  summary?: string
  source: 'client' | 'server'
}

type ProblemInit = Omit<Problem, 'id' | 'source'> & { idSuffix?: string }

/** A client-side problem whose id is derived from its code and target. */
export function problem({ idSuffix, ...init }: ProblemInit): Problem {
  const target = [init.nodeId, init.edgeId, idSuffix].filter(Boolean).join(':')
  return { ...init, id: target ? `${init.code}:${target}` : init.code, source: 'client' }
}

export const isError = (p: Problem) => p.severity === 'error'

export function countBySeverity(problems: readonly Problem[]) {
  let errors = 0
  for (const p of problems) if (p.severity === 'error') errors++
  return { errors, warnings: problems.length - errors }
}
