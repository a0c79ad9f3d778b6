import type { WorkflowGraph } from '../../api/schemas/graph'
import type { Problem, ProblemSeverity } from '../../domain/problem'
import { nameOf } from './graph-index'
import { formatCount } from '../../lib/format'

/** From this many steps with the same problem on, the panel lists it once, with the steps inside. */
export const SHARE_FROM = 3

const STEP = '\u0000step\u0000'

export type SharedItem = { problem: Problem; stepName: string }
export type SharedProblem = {
  key: string
  code: string
  severity: ProblemSeverity
  /** "99 steps use {{first_name}} in their settings, but …". */
  title: string
  fix: string
  items: SharedItem[]
}

const replaceAll = (text: string, find: string, by: string) =>
  find ? text.split(find).join(by) : text

/** Third-person singular → plural, for the verbs messages open with ("has", "is", "uses"). */
function pluralVerb(verb: string): string {
  if (verb === 'has') return 'have'
  if (verb === 'is') return 'are'
  if (verb === 'was') return 'were'
  if (verb.endsWith('ies')) return `${verb.slice(0, -3)}y`
  if (/(ss|sh|ch|x)es$/.test(verb)) return verb.slice(0, -2)
  return verb.endsWith('s') ? verb.slice(0, -1) : verb
}

/** The sentence of a shared problem: its message said of `count` steps at once. */
function sharedTitle(template: string, count: number): string {
  const steps = `${formatCount(count)} steps`
  const m = new RegExp(`^${STEP} (\\S+)(.*)$`, 's').exec(template)
  if (m && !m[2]!.includes(STEP))
    return `${steps} ${pluralVerb(m[1]!)}${m[2]!.replace(/\bits\b/g, 'their')}`
  return `${steps} have the same problem: ${replaceAll(template, STEP, 'the step')}`
}

/**
 * Problems that several steps share (same code, same message and fix apart from the step's
 * name) are taken out and returned as one each; the rest stay as they were, in order.
 */
export function shareIdentical(
  problems: readonly Problem[],
  graph: WorkflowGraph,
  from = SHARE_FROM,
): { shared: SharedProblem[]; rest: Problem[] } {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]))
  const byKey = new Map<string, { template: string; fix: string; items: SharedItem[] }>()
  const keyOf = new Map<Problem, string>()
  for (const problem of problems) {
    const node = problem.nodeId ? nodes.get(problem.nodeId) : undefined
    if (!node) continue
    const name = nameOf(node)
    const template = replaceAll(problem.message, name, STEP)
    if (!template.includes(STEP)) continue
    const fix = replaceAll(problem.fix, name, 'the step')
    const key = `${problem.severity}|${problem.code}|${template}|${fix}`
    const entry = byKey.get(key) ?? { template, fix, items: [] }
    entry.items.push({ problem, stepName: node.label.trim() || name })
    byKey.set(key, entry)
    keyOf.set(problem, key)
  }
  const shared: SharedProblem[] = []
  const sharedKeys = new Set<string>()
  for (const [key, entry] of byKey) {
    if (entry.items.length < from) continue
    sharedKeys.add(key)
    const first = entry.items[0]!.problem
    shared.push({
      key,
      code: first.code,
      severity: first.severity,
      title: sharedTitle(entry.template, entry.items.length),
      fix: entry.fix,
      items: entry.items,
    })
  }
  shared.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  const rest = problems.filter((p) => !sharedKeys.has(keyOf.get(p) ?? ''))
  return { shared, rest }
}
