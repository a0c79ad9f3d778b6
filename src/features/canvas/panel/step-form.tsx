import type { ReactNode } from 'react'
import { Button } from '../../../components/ui/button'
import { UnsavedChangesGuard } from '../../../components/ui/unsaved-changes-guard'
import { TextField } from './fields'
import { ConflictNotice } from './conflict-notice'
import type { SaveStep, StepFormFrame } from './use-step-form'

type Props = {
  frame: StepFormFrame
  readOnly: boolean
  /** The type's own fields, under the step name. */
  children?: ReactNode
}

/**
 * Frame of every step form: the "Step name" field, disabled as a whole when read-only, one save
 * button, save errors.
 */
export function StepForm({ frame, readOnly, children }: Props) {
  const { nodeId, onSubmit, submitting, dirty, saveError, label } = frame
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <UnsavedChangesGuard when={dirty && !readOnly} what="step settings" />
      <fieldset disabled={readOnly} className="flex min-w-0 flex-col gap-3">
        <legend className="sr-only">Step settings</legend>
        <TextField
          id={`${nodeId}-label`}
          label="Step name"
          error={label.error}
          registration={label.registration}
        />
        {children}
      </fieldset>
      {readOnly ? null : (
        <div className="flex items-center gap-2">
          {/* Not `disabled` while saving: a focused button that is disabled drops focus to the page. */}
          <Button
            type="submit"
            variant="primary"
            aria-disabled={submitting}
            onClick={(e) => {
              if (submitting) e.preventDefault()
            }}
          >
            {submitting ? 'Saving…' : 'Save step'}
          </Button>
          {dirty ? <span className="text-xs text-slate-600">Unsaved changes</span> : null}
        </div>
      )}
      {frame.conflict ? <ConflictNotice conflict={frame.conflict} /> : null}
      {saveError ? (
        <div
          role="alert"
          className="flex flex-col items-start gap-1.5 rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-900"
        >
          <p>Not saved: {saveError} Your changes are still here.</p>
          {readOnly ? null : (
            <Button size="sm" disabled={submitting} onClick={() => void onSubmit()}>
              Try again
            </Button>
          )}
        </div>
      ) : null}
    </form>
  )
}

export type PanelProps = {
  node: { id: string; nodeType: string; label: string; config: Record<string, unknown> }
  workflowId: string
  readOnly: boolean
  save: SaveStep
}
