import { labelOnlyFormSchema } from '../nodes/shared/terminal-schema'
import { TextField } from './fields'
import { StepForm, type PanelProps } from './step-form'
import { useStepForm } from './use-step-form'

/** CONVERTED, DROPPED and unknown types: only the name is editable; config is kept as it is. */
export function LabelOnlyPanel({ node, readOnly, save, note }: PanelProps & { note?: string }) {
  const { form, onSubmit, saveError } = useStepForm({
    nodeId: node.id,
    schema: labelOnlyFormSchema,
    initial: { label: node.label },
    toPatch: (v) => ({ label: v.label }),
    save,
  })
  const { errors, isSubmitting, isDirty } = form.formState
  return (
    <StepForm
      onSubmit={onSubmit}
      readOnly={readOnly}
      submitting={isSubmitting}
      dirty={isDirty}
      saveError={saveError}
    >
      <TextField
        id={`${node.id}-label`}
        label="Step name"
        error={errors.label?.message}
        registration={form.register('label')}
      />
      {note ? <p className="text-sm text-slate-700">{note}</p> : null}
    </StepForm>
  )
}
