import { memo, useDeferredValue, useId, useMemo, useState } from 'react'
import type { WorkflowGraph } from '../../api/schemas/graph'
import { groupProblems, type ProblemGroup } from './group-problems'
import { shareIdentical, type SharedProblem } from './shared-problems'
import { countBySeverity, type Problem, type ProblemSeverity } from '../../domain/problem'
import { formatCount } from '../../lib/format'

export type PreflightTarget = { kind: 'node' | 'edge'; id: string }

export type PreflightPanelProps = {
  problems: Problem[]
  graph: WorkflowGraph
  onSelect: (target: PreflightTarget) => void
  /** Agents, numbers or variable keys are still loading, so some checks have not run. */
  checking?: boolean
  /** Only a draft can be activated; other statuses are told the graph has no blocking problem. */
  activatable?: boolean
  /** The graph on screen could not be refreshed. */
  stale?: boolean
}

/** Shape and word as well as colour, so severity never rests on colour alone. */
const SEVERITY = {
  error: {
    icon: '✕',
    word: 'Error',
    text: 'text-problem-error',
    bg: 'bg-problem-error-bg',
    border: 'border-problem-error',
  },
  warning: {
    icon: '⚠',
    word: 'Warning',
    text: 'text-problem-warning',
    bg: 'bg-problem-warning-bg',
    border: 'border-problem-warning border-dashed',
  },
} as const

type Groups = { shared: SharedProblem[]; byNode: ProblemGroup[] }
const NO_GROUPS: Groups = { shared: [], byNode: [] }

/** Problems several steps share first (one row each), then the rest by step. */
function groupAll(problems: readonly Problem[], graph: WorkflowGraph): Groups {
  const { shared, rest } = shareIdentical(problems, graph)
  return { shared, byNode: groupProblems(rest, graph) }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

export function PreflightPanel({
  problems,
  graph,
  onSelect,
  checking = false,
  activatable = true,
  stale = false,
}: PreflightPanelProps) {
  const headingId = useId()
  const { errors, warnings } = countBySeverity(problems)
  const groups = useMemo(() => groupAll(problems, graph), [problems, graph])
  // Counts update at once; the list (hundreds of items on a big graph) renders right after,
  // so it never holds up the canvas painting or an edit.
  const shownGroups = useDeferredValue(groups, NO_GROUPS)
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-3 p-3"
      data-testid="preflight-panel"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          Preflight
        </h2>
        <p role="status" aria-live="polite" className="flex items-center gap-1.5 text-sm">
          <CountBadge severity="error" count={errors} />
          <CountBadge severity="warning" count={warnings} />
          <span className="sr-only">{checking ? `Checking… ${counts} so far` : counts}</span>
        </p>
      </div>
      {stale ? (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950"
        >
          The graph could not be refreshed: these results are for the last version loaded and may be
          out of date. Activation waits until it is refreshed.
        </p>
      ) : (
        <Summary
          errors={errors}
          warnings={warnings}
          checking={checking}
          activatable={activatable}
        />
      )}
      {shownGroups.shared.map((group) => (
        <SharedProblemView key={group.key} group={group} onSelect={onSelect} />
      ))}
      {shownGroups.byNode.map((group) => (
        <ProblemGroupView
          key={group.key}
          title={group.title}
          problems={group.problems}
          onSelect={onSelect}
        />
      ))}
    </section>
  )
}

function CountBadge({ severity, count }: { severity: ProblemSeverity; count: number }) {
  const s = SEVERITY[severity]
  return (
    <span
      aria-hidden="true"
      data-testid={`preflight-${severity}-count`}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${count ? `${s.bg} ${s.text}` : 'bg-slate-100 text-slate-600'}`}
    >
      <span>{s.icon}</span>
      {plural(count, severity)}
    </span>
  )
}

function Summary({
  errors,
  warnings,
  checking,
  activatable,
}: {
  errors: number
  warnings: number
  checking: boolean
  activatable: boolean
}) {
  if (checking && errors === 0)
    return (
      <p className="text-sm text-slate-600">Checking agents, phone numbers and lead variables…</p>
    )
  if (errors > 0)
    return (
      <p className="text-sm text-slate-700">
        Fix the {plural(errors, 'error')} below
        {activatable ? ' before activating' : ': leads that reach them get stuck'}.
        {checking ? ' Still checking agents, phone numbers and lead variables…' : ''}
      </p>
    )
  return (
    <p className="flex items-center gap-1.5 rounded-md border border-status-active bg-status-active-bg px-2.5 py-1.5 text-sm font-semibold text-status-active">
      <span aria-hidden="true">✓</span>
      {activatable ? 'Ready to activate' : 'No blocking problems'}
      {warnings > 0 ? `, with ${plural(warnings, 'warning')}` : ''}
    </p>
  )
}

const targetOf = (problem: Problem): PreflightTarget | null =>
  problem.edgeId
    ? { kind: 'edge', id: problem.edgeId }
    : problem.nodeId
      ? { kind: 'node', id: problem.nodeId }
      : null

/** One problem many steps share: said once, with a disclosure listing the steps (each selectable). */
const SharedProblemView = memo(function SharedProblemView({
  group,
  onSelect,
}: {
  group: SharedProblem
  onSelect: (target: PreflightTarget) => void
}) {
  const headingId = useId()
  const listId = useId()
  const [open, setOpen] = useState(false)
  const s = SEVERITY[group.severity]
  const count = formatCount(group.items.length)
  return (
    <div role="group" aria-labelledby={headingId} data-shared-problem={group.code}>
      <div className={`rounded-md border-l-4 ${s.border} ${s.bg} px-2.5 py-1.5`}>
        <span className={`flex items-center gap-1 text-xs font-semibold ${s.text}`}>
          <span aria-hidden="true">{s.icon}</span>
          {s.word}
        </span>
        <h3 id={headingId} className="text-sm font-normal text-slate-900">
          {group.title}
        </h3>
        <span className="block text-xs text-slate-700">
          <span className="font-semibold">Fix: </span>
          {group.fix}
        </span>
        <button
          type="button"
          className="mt-1 text-xs font-semibold text-slate-800 underline"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? `Hide the ${count} steps` : `Show all ${count} steps`}
        </button>
      </div>
      {open ? (
        <ul id={listId} className="mt-1 flex flex-col gap-0.5 pl-3">
          {group.items.map(({ problem, stepName }) => {
            const target = targetOf(problem)
            return (
              <li key={problem.id}>
                <button
                  type="button"
                  className="w-full truncate rounded px-1.5 py-0.5 text-left text-sm text-slate-900 hover:bg-slate-100"
                  data-problem-id={problem.id}
                  disabled={!target}
                  onClick={() => target && onSelect(target)}
                >
                  {stepName}
                </button>
              </li>
            )
          })}
        </ul>
      ) : null}
    </div>
  )
})

// Memoised: a big list is not rendered again when the panel re-renders with the same groups.
const ProblemGroupView = memo(function ProblemGroupView({
  title,
  problems,
  onSelect,
}: {
  title: string
  problems: Problem[]
  onSelect: (target: PreflightTarget) => void
}) {
  const headingId = useId()
  return (
    // Off-screen groups skip layout and paint until they are scrolled to (still in the a11y tree).
    <div
      role="group"
      aria-labelledby={headingId}
      className="[contain-intrinsic-size:auto_7rem] [content-visibility:auto]"
    >
      <h3
        id={headingId}
        className="mb-1 truncate text-sm font-semibold text-slate-800"
        title={title}
      >
        {title}
      </h3>
      <ul className="flex flex-col gap-1.5">
        {problems.map((problem) => (
          <li key={problem.id}>
            <ProblemItem problem={problem} onSelect={onSelect} />
          </li>
        ))}
      </ul>
    </div>
  )
})

function ProblemItem({
  problem,
  onSelect,
}: {
  problem: Problem
  onSelect: (target: PreflightTarget) => void
}) {
  const s = SEVERITY[problem.severity]
  const target = targetOf(problem)
  const body = (
    <>
      <span className={`flex items-center gap-1 text-xs font-semibold ${s.text}`}>
        <span aria-hidden="true">{s.icon}</span>
        {s.word}
        {problem.source === 'server' ? (
          <span className="ml-1 rounded bg-slate-200 px-1 py-px font-medium text-slate-800">
            From the server
          </span>
        ) : null}
      </span>
      <span className="block text-sm text-slate-900">{problem.message}</span>
      <span className="block text-xs text-slate-700">
        <span className="font-semibold">Fix: </span>
        {problem.fix}
      </span>
    </>
  )
  const frame = `block w-full rounded-md border-l-4 ${s.border} ${s.bg} px-2.5 py-1.5 text-left`
  if (!target)
    return (
      <div className={frame} data-problem-id={problem.id}>
        {body}
      </div>
    )
  return (
    <button
      type="button"
      className={`${frame} hover:brightness-95 focus-visible:outline-2`}
      data-problem-id={problem.id}
      onClick={() => onSelect(target)}
    >
      {body}
    </button>
  )
}
