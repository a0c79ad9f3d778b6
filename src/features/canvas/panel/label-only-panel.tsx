import { labelOnlyFormSchema } from '../nodes/shared/terminal-schema'
import { StepForm, type PanelProps } from './step-form'
import { useStepForm } from './use-step-form'

/** CONVERTED, DROPPED and unknown types: only the name is editable; config is kept as it is. */
export function LabelOnlyPanel({ node, readOnly, save, note }: PanelProps & { note?: string }) {
  const { frame } = useStepForm({
    nodeId: node.id,
    schema: labelOnlyFormSchema,
    initial: { label: node.label },
    toPatch: (v) => ({ label: v.label }),
    save,
  })
  return (
    <StepForm frame={frame} readOnly={readOnly}>
      {note ? <p className="text-sm text-slate-700">{note}</p> : null}
    </StepForm>
  )
}
