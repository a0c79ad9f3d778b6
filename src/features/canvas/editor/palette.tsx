import { memo, type DragEvent } from 'react'
import { KNOWN_NODE_TYPES, type KnownNodeType } from '../../../domain/node-types'
import { CANVAS_REGISTRY } from '../registry'

export const PALETTE_MIME = 'application/x-workflow-node-type'

const onDragStart = (type: KnownNodeType) => (event: DragEvent<HTMLButtonElement>) => {
  event.dataTransfer.setData(PALETTE_MIME, type)
  event.dataTransfer.effectAllowed = 'copy'
}

/** The six creatable types (contract §14.10): click to add in view, or drag onto the canvas. */
export const Palette = memo(function Palette({ onAdd }: { onAdd: (type: KnownNodeType) => void }) {
  return (
    <div role="group" aria-label="Add a step" className="flex flex-wrap items-center gap-1">
      <span className="text-xs font-medium text-slate-600" aria-hidden="true">
        Add:
      </span>
      {KNOWN_NODE_TYPES.map((type) => {
        const { spec, Icon } = CANVAS_REGISTRY[type]
        return (
          <button
            key={type}
            type="button"
            draggable
            onDragStart={onDragStart(type)}
            onClick={() => onAdd(type)}
            title={spec.description}
            aria-label={`Add ${spec.title.toLowerCase()} step`}
            className="inline-flex h-8 items-center gap-1 rounded-md border border-slate-300 bg-white px-1.5 text-sm text-slate-800 hover:bg-slate-100"
          >
            <Icon />
            {spec.title}
          </button>
        )
      })}
    </div>
  )
})
