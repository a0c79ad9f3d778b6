import { useState, type KeyboardEvent, type ReactNode } from 'react'
import type { WorkflowEdge, WorkflowGraph, WorkflowNode } from '../../../api/schemas/graph'
import { isTemporaryId } from '../../../api/graph-mutations'
import { nodeOutputs, outputOfEdge } from '../../../domain/node-outputs'
import { inputClass } from '../../../components/ui/field'
import type { GraphActions } from '../editor/use-graph-actions'
import { typeTitleOf } from '../to-flow'

type Props = {
  node: WorkflowNode
  graph: WorkflowGraph
  readOnly: boolean
  actions: GraphActions
  /** Opens the step menu to put a new step into a connection. */
  onInsert: (edgeId: string) => void
}

/**
 * For each output, a "next step" select that creates or changes the edge of that output: the
 * keyboard way to connect steps (dragging from a handle is the mouse way).
 */
export function NextSteps({ node, graph, readOnly, actions, onInsert }: Props) {
  const outputs = nodeOutputs(node) ?? []
  if (!outputs.length) return null
  const byId = new Map(graph.nodes.map((n) => [n.id, n]))
  const targets = graph.nodes.filter((n) => n.id !== node.id && !isTemporaryId(n.id))
  const outgoing = graph.edges.filter((e) => e.source === node.id)
  const nameOf = (n: WorkflowNode | undefined) =>
    n ? `${n.label || 'Untitled'} (${typeTitleOf(n.nodeType)})` : 'a missing step'
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-sm font-semibold text-slate-900">Next steps</legend>
      {outputs.map((output) => {
        const current: WorkflowEdge[] = outgoing.filter(
          (e) => outputOfEdge(node, e.label)?.id === output.id,
        )
        const id = `${node.id}-next-${output.id}`
        const value = current[0]?.target ?? ''
        return (
          <div key={output.id} className="flex flex-col gap-1">
            <label htmlFor={id} className="text-sm font-medium text-slate-800">
              {outputs.length === 1 ? 'Then go to' : `When ${output.title.toLowerCase()}, go to`}
            </label>
            <NextStepSelect
              id={id}
              value={value}
              disabled={readOnly}
              onCommit={(target) => actions.setNextStep(node.id, output, current, target || null)}
            >
              <option value="">Not connected</option>
              {value && !byId.has(value) ? <option value={value}>a missing step</option> : null}
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {nameOf(t)}
                </option>
              ))}
            </NextStepSelect>
            {current[0] && !readOnly && !isTemporaryId(current[0].id) ? (
              <button
                type="button"
                className="self-start text-xs font-medium text-brand underline-offset-2 hover:underline"
                onClick={() => onInsert(current[0]!.id)}
              >
                Insert a step into “{output.title}”
              </button>
            ) : null}
            {current.length > 1 ? (
              <p className="text-xs text-slate-600">
                Also goes to{' '}
                {current
                  .slice(1)
                  .map((e) => nameOf(byId.get(e.target)))
                  .join(', ')}
                .
              </p>
            ) : null}
          </div>
        )
      })}
    </fieldset>
  )
}

/** Keys that move through a closed select's options one change event at a time. */
const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'])

type SelectProps = {
  id: string
  value: string
  disabled: boolean
  onCommit: (value: string) => void
  children: ReactNode
}

/**
 * A closed native select fires a change for every arrow press. Saving each one would create and
 * delete an edge per option passed, so keyboard browsing is held as a draft and saved on Enter or
 * when focus leaves; a pick from the open list (mouse, or Enter in the popup) saves at once.
 */
function NextStepSelect({ id, value, disabled, onCommit, children }: SelectProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const [browsing, setBrowsing] = useState(false)
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft)
    setDraft(null)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLSelectElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      commit()
    } else if (e.key === 'Escape' && draft !== null) {
      e.stopPropagation()
      setDraft(null)
    }
    setBrowsing(BROWSING_KEYS.has(e.key) || (e.key.length === 1 && !e.altKey && e.key !== ' '))
  }
  const pending = draft !== null && draft !== value
  return (
    <>
      <select
        id={id}
        className={`${inputClass} w-full min-w-0`}
        value={draft ?? value}
        disabled={disabled}
        aria-describedby={pending ? `${id}-pending` : undefined}
        onKeyDown={onKeyDown}
        onPointerDown={() => setBrowsing(false)}
        onChange={(e) => {
          if (browsing) setDraft(e.target.value)
          else if (e.target.value !== value) onCommit(e.target.value)
        }}
        onBlur={commit}
      >
        {children}
      </select>
      {pending ? (
        <p id={`${id}-pending`} className="text-xs text-slate-600">
          Press Enter to connect (or leave the field); Escape keeps the current step.
        </p>
      ) : null}
    </>
  )
}
