import { useId, useState } from 'react'
import type { WorkflowEdge, WorkflowGraph } from '../../../api/schemas/graph'
import { isTemporaryId } from '../../../api/graph-mutations'
import { Dialog } from '../../../components/ui/dialog'
import { nodeOutputs, outputOfEdge } from '../../../domain/node-outputs'
import { KNOWN_NODE_TYPES, type KnownNodeType, type NodeOutput } from '../../../domain/node-types'
import { CANVAS_REGISTRY } from '../registry'
import { typeTitleOf } from '../to-flow'
import { StepPicker, type PickerItem } from './step-picker'

export type ConnectChoice =
  | { output: NodeOutput; current: WorkflowEdge[]; target: string }
  | { output: NodeOutput; current: WorkflowEdge[]; newType: KnownNodeType }

type Props = {
  graph: WorkflowGraph
  sourceId: string
  onClose: () => void
  onChoose: (choice: ConnectChoice) => void
}

/**
 * "Connect to…" from a focused step (key C): which outcome (the first one not yet connected is
 * preselected), then a step found by typing, or a new step of a type. A handful of keys.
 */
export function ConnectToDialog({ graph, sourceId, onClose, onChoose }: Props) {
  const source = graph.nodes.find((n) => n.id === sourceId)
  const outputs = source ? (nodeOutputs(source) ?? []) : []
  const edgesOf = (o: NodeOutput) =>
    graph.edges.filter(
      (e) => e.source === sourceId && source && outputOfEdge(source, e.label)?.id === o.id,
    )
  const firstFree = outputs.find((o) => edgesOf(o).length === 0) ?? outputs[0]
  const [outputId, setOutputId] = useState(firstFree?.id ?? '')
  const groupId = useId()
  const output = outputs.find((o) => o.id === outputId)
  const title = `Connect “${source?.label || 'step'}” to…`
  if (!source || !output)
    return (
      <Dialog open onOpenChange={(open) => !open && onClose()} title={title}>
        <p className="text-sm text-slate-700">This step has no outcome to connect from.</p>
      </Dialog>
    )
  const items: PickerItem[] = [
    ...graph.nodes
      .filter((n) => n.id !== sourceId && !isTemporaryId(n.id))
      .map((n) => ({
        value: n.id,
        label: n.label || 'Untitled step',
        hint: typeTitleOf(n.nodeType),
        group: 'Steps',
      })),
    ...KNOWN_NODE_TYPES.map((type) => {
      const { spec, Icon } = CANVAS_REGISTRY[type]
      return {
        value: `new:${type}`,
        label: `New ${spec.title.toLowerCase()} step`,
        hint: 'new',
        group: 'New step',
        icon: <Icon />,
      }
    }),
  ]
  const current = edgesOf(output)
  const pick = (value: string) => {
    if (value.startsWith('new:'))
      onChoose({ output, current, newType: value.slice(4) as KnownNodeType })
    else onChoose({ output, current, target: value })
  }
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={title}>
      <div className="flex flex-col gap-3">
        {outputs.length > 1 ? (
          <fieldset>
            <legend id={groupId} className="mb-1 text-sm font-medium text-slate-800">
              When the outcome is
            </legend>
            <div className="flex flex-wrap gap-x-4 gap-y-1">
              {outputs.map((o) => (
                <label key={o.id} className="flex items-center gap-1.5 text-sm text-slate-800">
                  <input
                    type="radio"
                    name={groupId}
                    value={o.id}
                    checked={o.id === outputId}
                    onChange={() => setOutputId(o.id)}
                  />
                  {o.title}
                  {edgesOf(o).length ? (
                    <span className="text-xs text-slate-600">(connected)</span>
                  ) : null}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        {current.length ? (
          <p className="text-xs text-slate-600">
            “{output.title}” now goes to{' '}
            {current
              .map((e) => graph.nodes.find((n) => n.id === e.target)?.label ?? 'a missing step')
              .join(', ')}
            ; the step you pick replaces it.
          </p>
        ) : null}
        <StepPicker
          label="Step to connect to"
          placeholder="Type a step's name or type"
          items={items}
          onPick={pick}
        />
      </div>
    </Dialog>
  )
}
