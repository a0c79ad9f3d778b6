import type { MouseEvent } from 'react'

/** Focuses the canvas's Tab stop (a step), else the canvas itself. */
function focusSteps(event: MouseEvent<HTMLAnchorElement>) {
  const canvas = document.querySelector<HTMLElement>('[data-testid="workflow-canvas"]')
  if (!canvas) return
  event.preventDefault()
  const step = canvas.querySelector<HTMLElement>('.react-flow__node[tabindex="0"]')
  ;(step ?? canvas.querySelector<HTMLElement>('.react-flow__pane'))?.focus()
}

/**
 * A skip link at the top of the workflow screen (shown when focused): from the page's start, the
 * steps are three keys away instead of thirty controls.
 */
export function SkipToSteps() {
  return (
    <a
      href="#workflow-steps"
      onClick={focusSteps}
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
    >
      Skip to the workflow’s steps
    </a>
  )
}
