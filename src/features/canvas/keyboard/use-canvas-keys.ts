import { useEffect, type RefObject } from 'react'
import { isMac } from '../undo/use-undo-keys'

type Handlers = {
  /** Each returns whether it did something (else the browser's own action goes ahead). */
  copy: () => boolean
  paste: () => boolean
  duplicate: () => boolean
  find: () => void
  selectAll: () => void
  shortcuts: () => void
  zoomIn: () => void
  zoomOut: () => void
  fit: () => void
}

/** Text fields keep their keys; a dialog on top owns the keyboard. */
function typingOrInDialog(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.closest('[role="dialog"],[role="menu"]')) return true
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
}

/**
 * The canvas's own keys while focus is in the canvas editor (or on nothing, after a click on the
 * canvas's background): copy, paste, duplicate, find, select all, the shortcuts sheet, zoom.
 */
export function useCanvasKeys(root: RefObject<HTMLElement | null>, handlers: Handlers | null) {
  useEffect(() => {
    if (!handlers) return
    const onKey = (e: KeyboardEvent) => {
      const target = e.target
      const inCanvas = target instanceof Node && !!root.current?.contains(target)
      if (!inCanvas && target !== document.body) return
      if (typingOrInDialog(target) || e.altKey) return
      const mod = isMac() ? e.metaKey : e.ctrlKey
      const key = e.key.toLowerCase()
      let done = true
      if (mod && !e.shiftKey) {
        if (key === 'c') done = handlers.copy()
        else if (key === 'v') done = handlers.paste()
        else if (key === 'd') done = handlers.duplicate()
        else if (key === 'f') handlers.find()
        else if (key === 'a') handlers.selectAll()
        else done = false
      } else if (!mod && !e.ctrlKey && !e.metaKey) {
        if (e.key === '?') handlers.shortcuts()
        else if (!inCanvas) done = false
        else if (e.key === '+' || e.key === '=') handlers.zoomIn()
        else if (e.key === '-') handlers.zoomOut()
        else if (e.key === '0') handlers.fit()
        else done = false
      } else done = false
      if (done) e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [handlers, root])
}
