import type { WorkflowGraph } from '../../../api/schemas/graph'
import { Dialog } from '../../../components/ui/dialog'
import { canvasDef } from '../registry'
import { typeTitleOf } from '../to-flow'
import { StepPicker } from './step-picker'

type Props = { graph: WorkflowGraph; onClose: () => void; onFind: (id: string) => void }

/** Ctrl/Cmd+F on the canvas: a step by name or type, brought into view and focused. */
export function FindStepDialog({ graph, onClose, onFind }: Props) {
  const items = graph.nodes.map((n) => {
    const Icon = canvasDef(n.nodeType)?.Icon
    return {
      value: n.id,
      label: n.label || 'Untitled step',
      hint: typeTitleOf(n.nodeType),
      group: `${graph.nodes.length} steps`,
      icon: Icon ? <Icon /> : undefined,
    }
  })
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title="Find a step">
      <StepPicker
        label="Find a step"
        placeholder="Type a step's name or type"
        items={items}
        onPick={onFind}
      />
    </Dialog>
  )
}
