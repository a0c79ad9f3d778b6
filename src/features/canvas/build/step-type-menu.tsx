import { useEffect, useRef, type KeyboardEvent } from 'react'
import { isTerminalType, KNOWN_NODE_TYPES, type KnownNodeType } from '../../../domain/node-types'
import { CANVAS_REGISTRY } from '../registry'

type Props = {
  /** Where it opens, in pixels from the canvas's top-left corner. */
  at: { left: number; top: number }
  title: string
  /** A step put into a connection must lead on, so final steps are not offered there. */
  withFinal: boolean
  onPick: (type: KnownNodeType) => void
  onClose: () => void
}

const itemsOf = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
]

/**
 * The step palette as a menu at a point of the canvas: where a dragged connection was dropped on
 * empty space, or at a connection's "+". Arrows move, Enter picks, Escape or a click away closes.
 */
export function StepTypeMenu({ at, title, withFinal, onPick, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null)
  useEffect(() => itemsOf(menu.current)[0]?.focus(), [])
  useEffect(() => {
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node)) onClose()
    }
    document.addEventListener('pointerdown', away, true)
    return () => document.removeEventListener('pointerdown', away, true)
  }, [onClose])
  const types = KNOWN_NODE_TYPES.filter((t) => withFinal || !isTerminalType(t))
  const onKeyDown = (e: KeyboardEvent) => {
    const items = itemsOf(menu.current)
    const i = items.indexOf(document.activeElement as HTMLElement)
    const go = (n: number) => items[(n + items.length) % items.length]?.focus()
    if (e.key === 'ArrowDown') go(i + 1)
    else if (e.key === 'ArrowUp') go(i - 1)
    else if (e.key === 'Home') go(0)
    else if (e.key === 'End') go(-1)
    else if (e.key === 'Escape' || e.key === 'Tab') onClose()
    else return
    e.preventDefault()
    e.stopPropagation()
  }
  return (
    <div
      ref={menu}
      role="menu"
      tabIndex={-1}
      aria-label={title}
      onKeyDown={onKeyDown}
      className="nodrag nopan nowheel absolute z-20 flex w-52 flex-col rounded-md border border-slate-300 bg-white py-1 shadow-lg"
      style={{ left: at.left, top: at.top }}
    >
      <p className="px-3 py-1 text-xs font-semibold text-slate-600" aria-hidden="true">
        {title}
      </p>
      {types.map((type) => {
        const { spec, Icon } = CANVAS_REGISTRY[type]
        return (
          <button
            key={type}
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => onPick(type)}
            className="flex items-center gap-2 px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 focus:bg-indigo-50 focus:outline-none"
          >
            <Icon />
            {spec.title}
          </button>
        )
      })}
    </div>
  )
}
