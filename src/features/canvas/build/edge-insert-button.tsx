import { useState, type RefObject } from 'react'
import { ViewportPortal } from '@xyflow/react'

type Props = {
  edgeId: string | null
  wrapper: RefObject<HTMLElement | null>
  onInsert: (edgeId: string) => void
  onHover: (inside: boolean) => void
}

/**
 * The "+" in the middle of the connection under the pointer (or the selected one): a click opens
 * the step menu and puts the chosen step into the connection. One button for the whole canvas,
 * placed at the middle of the drawn path, so no edge carries an HTML overlay of its own.
 */
export function EdgeInsertButton(props: Props) {
  // Re-mounted per connection, so its middle is read once, when it is shown.
  return props.edgeId ? <InsertButton key={props.edgeId} {...props} edgeId={props.edgeId} /> : null
}

/** The middle of a drawn connection, in flow coordinates (the path is drawn in them). */
export function connectionMiddle(root: HTMLElement | null, edgeId: string) {
  const path = root?.querySelector<SVGPathElement>(
    `.react-flow__edge[data-id="${CSS.escape(edgeId)}"] path.react-flow__edge-path`,
  )
  if (!path) return null
  const p = path.getPointAtLength(path.getTotalLength() / 2)
  return { x: p.x, y: p.y }
}

function InsertButton({ edgeId, wrapper, onInsert, onHover }: Props & { edgeId: string }) {
  const [mid] = useState(() => connectionMiddle(wrapper.current, edgeId))
  if (!mid) return null
  return (
    <ViewportPortal>
      <button
        type="button"
        aria-label="Insert a step into this connection"
        title="Insert a step into this connection"
        className="nodrag nopan absolute flex h-7 w-7 items-center justify-center rounded-full border-2 border-white bg-brand text-lg leading-none font-bold text-white shadow hover:bg-indigo-800"
        style={{ transform: `translate(${mid.x - 14}px, ${mid.y - 14}px)`, pointerEvents: 'all' }}
        onPointerEnter={() => onHover(true)}
        onPointerLeave={() => onHover(false)}
        onClick={() => onInsert(edgeId)}
      >
        +
      </button>
    </ViewportPortal>
  )
}
