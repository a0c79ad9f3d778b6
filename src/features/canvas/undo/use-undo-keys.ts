import { useEffect } from 'react'
import type { UndoControls } from './use-undo'

export const isMac = () =>
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

/** Text fields keep their own undo; a dialog on top owns the keyboard. */
function belongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.closest('[role="dialog"]')) return true
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere on the screen but in a text field. */
export function useUndoKeys(history: Pick<UndoControls, 'undo' | 'redo'> | null) {
  useEffect(() => {
    if (!history) return
    const onKey = (e: KeyboardEvent) => {
      const mod = isMac() ? e.metaKey : e.ctrlKey
      if (!mod || e.altKey || belongsElsewhere(e.target)) return
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault()
        void history.undo()
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !isMac())) {
        e.preventDefault()
        void history.redo()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [history])
}
