import { memo, type ReactNode } from 'react'
import { Button } from '../../../components/ui/button'
import { STATUS_LABELS, type WorkflowStatus } from '../../../domain/workflow-status'
import { isLive } from './edit-guard'
import { Palette } from './palette'
import type { KnownNodeType } from '../../../domain/node-types'
import type { UndoControls } from '../undo/use-undo'
import { isMac } from '../undo/use-undo-keys'

const mod = () => (isMac() ? '⌘' : 'Ctrl+')

/** Undo / Redo, each naming the change it would take back or make again. */
function UndoRedoButtons({ history }: { history: Props['history'] }) {
  const { undoLabel, redoLabel, busy } = history
  const undoName = undoLabel ? `Undo ${undoLabel}` : 'Undo'
  const redoName = redoLabel ? `Redo ${redoLabel}` : 'Redo'
  return (
    <>
      <Button
        size="sm"
        disabled={!undoLabel || busy}
        aria-label={undoName}
        title={`${undoName} (${mod()}Z)`}
        onClick={() => void history.undo()}
      >
        <span aria-hidden="true">↶</span>
      </Button>
      <Button
        size="sm"
        disabled={!redoLabel || busy}
        aria-label={redoName}
        title={`${redoName} (${mod()}${isMac() ? '⇧Z' : 'Y'})`}
        onClick={() => void history.redo()}
      >
        <span aria-hidden="true">↷</span>
      </Button>
    </>
  )
}

type Props = {
  status: WorkflowStatus
  history: Pick<UndoControls, 'undoLabel' | 'redoLabel' | 'busy' | 'undo' | 'redo'>
  readOnly: boolean
  selectedCount: number
  onAdd: (type: KnownNodeType) => void
  onDeleteSelected: () => void
  onTidy: () => void
  /** Shown while a tidy-up saves (tidy-up/tidy-progress.tsx). */
  progress?: ReactNode
}

export const CanvasToolbar = memo(function CanvasToolbar(props: Props) {
  const { status, readOnly, selectedCount } = props
  return (
    <div className="flex flex-col gap-2 border-b border-slate-200 bg-white px-3 py-2">
      {readOnly ? (
        <p className="text-sm text-slate-700">
          This workflow is {STATUS_LABELS[status].toLowerCase()}: its steps can be viewed but not
          changed.
        </p>
      ) : (
        <div role="group" aria-label="Canvas tools" className="flex flex-wrap items-center gap-2">
          <Palette onAdd={props.onAdd} />
          <div className="ml-auto flex items-center gap-1">
            {props.progress}
            <UndoRedoButtons history={props.history} />
            <Button size="sm" onClick={props.onTidy}>
              Tidy up
            </Button>
            <Button
              size="sm"
              variant="danger"
              disabled={selectedCount === 0}
              onClick={props.onDeleteSelected}
              aria-label={`Delete selected${selectedCount ? ` (${selectedCount})` : ''}`}
              title="Delete the selected steps and connections (Delete)"
            >
              Delete{selectedCount ? ` (${selectedCount})` : ''}
            </Button>
          </div>
        </div>
      )}
      {isLive(status) && !readOnly ? (
        <p className="text-xs text-problem-warning">
          <span aria-hidden="true">⚠ </span>This workflow is live (
          {STATUS_LABELS[status].toLowerCase()}): changes reach its leads on the next scheduling
          tick.
        </p>
      ) : null}
    </div>
  )
})
