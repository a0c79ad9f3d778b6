import { useWatch } from 'react-hook-form'
import { SelectField, TextAreaField, TextField } from '../../panel/fields'
import { StepForm, type PanelProps } from '../../panel/step-form'
import { useStepForm } from '../../panel/use-step-form'
import { findAction, findProvider, PROVIDERS } from './catalogue'
import { applicationConfig, applicationFormSchema, applicationFormValues } from './schema'

export function ApplicationPanel({ node, readOnly, save }: PanelProps) {
  const { form, frame } = useStepForm({
    nodeId: node.id,
    schema: applicationFormSchema,
    initial: applicationFormValues(node),
    toPatch: (v) => ({ label: v.label, config: applicationConfig(v, node.config) }),
    save,
  })
  const { errors } = form.formState
  const [providerKey, actionKey] = useWatch({
    control: form.control,
    name: ['provider_key', 'action_key'],
  })
  const provider = findProvider(providerKey)
  const action = findAction(providerKey, actionKey)
  const providerOptions = PROVIDERS.map((p) => ({ value: p.key, label: p.title }))
  if (providerKey && !provider)
    providerOptions.push({ value: providerKey, label: `${providerKey} (unknown)` })
  const actionOptions = (provider?.actions ?? []).map((a) => ({ value: a.key, label: a.title }))
  if (actionKey && !action)
    actionOptions.push({ value: actionKey, label: `${actionKey} (unknown)` })
  const providerField = form.register('provider_key', {
    onChange: () => form.setValue('action_key', '', { shouldDirty: true }),
  })
  const id = node.id
  return (
    <StepForm frame={frame} readOnly={readOnly}>
      <SelectField
        id={`${id}-provider`}
        label="Integration"
        placeholder="Choose an integration"
        options={providerOptions}
        error={errors.provider_key?.message}
        registration={providerField}
      />
      {provider ? (
        <SelectField
          id={`${id}-action`}
          label="Action"
          placeholder="Choose an action"
          options={actionOptions}
          error={errors.action_key?.message}
          registration={form.register('action_key')}
        />
      ) : null}
      {action?.fields.map((field) => {
        const props = {
          id: `${id}-setting-${field.key}`,
          label: field.required ? field.label : `${field.label} (optional)`,
          hint: field.hint,
          error: errors.settings?.[field.key]?.message,
          registration: form.register(`settings.${field.key}`),
        }
        return field.kind === 'textarea' || field.kind === 'parameters' ? (
          <TextAreaField key={field.key} {...props} />
        ) : (
          <TextField key={field.key} {...props} />
        )
      })}
    </StepForm>
  )
}
