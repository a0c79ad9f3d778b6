import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react'

export type MenuItem = {
  key: string
  label: string
  onSelect: () => void
  tone?: 'default' | 'danger'
  disabled?: boolean
}

type Props = {
  /** The visible text of the button, e.g. "More". */
  label: string
  /** Its accessible name when the visible one is not enough, e.g. "More actions for Loan nurture". */
  accessibleName?: string
  items: MenuItem[]
  className?: string
}

type Position = { top: number; right: number }

/**
 * A menu of secondary actions (WAI-ARIA menu button pattern): Enter, Space or ArrowDown open it on
 * the first item, ArrowUp on the last; arrows, Home and End move; Escape closes it and focus goes
 * back to the button; Tab or a click outside closes it. Fixed-positioned so that a scrolling table
 * does not clip it.
 */
export function MenuButton({ label, accessibleName, items, className = '' }: Props) {
  const id = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const [open, setOpen] = useState<false | 'first' | 'last'>(false)
  const [position, setPosition] = useState<Position | null>(null)
  const enabled = items.filter((i) => !i.disabled)

  const close = useCallback((refocus: boolean) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }, [])

  useLayoutEffect(() => {
    if (!open || !buttonRef.current) return
    const rect = buttonRef.current.getBoundingClientRect()
    setPosition({ top: rect.bottom + 4, right: Math.max(4, window.innerWidth - rect.right) })
  }, [open])

  useEffect(() => {
    if (!open || !position) return
    const menuItems = itemsOf(menuRef.current)
    ;(open === 'last' ? menuItems.at(-1) : menuItems[0])?.focus()
  }, [open, position])

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node
      if (menuRef.current?.contains(target) || buttonRef.current?.contains(target)) return
      close(false)
    }
    const onMove = () => close(false)
    document.addEventListener('pointerdown', onPointer)
    window.addEventListener('resize', onMove)
    window.addEventListener('scroll', onMove, true)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      window.removeEventListener('resize', onMove)
      window.removeEventListener('scroll', onMove, true)
    }
  }, [open, close])

  function onMenuKeyDown(event: React.KeyboardEvent) {
    const menuItems = itemsOf(menuRef.current)
    const at = menuItems.indexOf(document.activeElement as HTMLElement)
    const move = (index: number) =>
      menuItems[(index + menuItems.length) % menuItems.length]?.focus()
    if (event.key === 'ArrowDown') move(at + 1)
    else if (event.key === 'ArrowUp') move(at - 1)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(menuItems.length - 1)
    else if (event.key === 'Escape') close(true)
    else if (event.key === 'Tab') return close(false)
    else return
    event.preventDefault()
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-label={accessibleName}
        disabled={enabled.length === 0}
        className={`inline-flex h-8 items-center justify-center gap-1 rounded-md max-md:h-11 border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:text-slate-400 ${className}`}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            setOpen(event.key === 'ArrowUp' ? 'last' : 'first')
          }
        }}
      >
        {label}
        <span aria-hidden="true">▾</span>
      </button>
      {open && position ? (
        <div
          ref={menuRef}
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          tabIndex={-1}
          onKeyDown={onMenuKeyDown}
          style={{ top: position.top, right: position.right }}
          className="fixed z-30 min-w-44 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              disabled={item.disabled}
              className={`block min-h-11 w-full px-3 py-2 text-left text-sm hover:bg-slate-100 focus:bg-slate-100 focus:outline-none disabled:text-slate-400 md:min-h-0 ${item.tone === 'danger' ? 'text-red-800' : 'text-slate-800'}`}
              onClick={() => {
                close(true)
                item.onSelect()
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      ) : null}
    </>
  )
}

const itemsOf = (menu: HTMLElement | null) =>
  Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? [])
