import { useWatch } from 'react-hook-form'
import { DURATION_UNITS } from '../../../../domain/node-config'
import { SelectField, TextField } from '../../panel/fields'
import { StepForm, type PanelProps } from '../../panel/step-form'
import { useStepForm } from '../../panel/use-step-form'
import { timeConfig, timeFormSchema, timeFormValues } from './schema'

const UNIT_OPTIONS = DURATION_UNITS.map((u) => ({
  value: u,
  label: u[0]?.toUpperCase() + u.slice(1),
}))

export function TimePanel({ node, readOnly, save }: PanelProps) {
  const { form, frame } = useStepForm({
    nodeId: node.id,
    schema: timeFormSchema,
    initial: timeFormValues(node),
    toPatch: (v) => ({ label: v.label, config: timeConfig(v) }),
    save,
  })
  const { errors } = form.formState
  const source = useWatch({ control: form.control, name: 'time_source' })
  const id = node.id
  return (
    <StepForm frame={frame} readOnly={readOnly}>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">Wait until</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="fixed_duration" {...form.register('time_source')} />A fixed
          time has passed
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="postcall_analysis" {...form.register('time_source')} />
          The time the lead asked for on the last call
        </label>
      </fieldset>
      {source === 'fixed_duration' ? (
        <div className="grid grid-cols-2 gap-2">
          <TextField
            id={`${id}-duration`}
            label="Duration"
            type="number"
            error={errors.duration_value?.message}
            registration={form.register('duration_value')}
          />
          <SelectField
            id={`${id}-unit`}
            label="Unit"
            placeholder="Choose a unit"
            options={UNIT_OPTIONS}
            error={errors.duration_unit?.message}
            registration={form.register('duration_unit')}
          />
        </div>
      ) : (
        <TextField
          id={`${id}-pca`}
          label="Post-call analysis field"
          hint="A date-time field of the agent's post-call analysis, e.g. callback_time."
          error={errors.pca_field?.message}
          registration={form.register('pca_field')}
        />
      )}
    </StepForm>
  )
}
