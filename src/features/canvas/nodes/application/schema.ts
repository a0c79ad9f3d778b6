import { z } from 'zod'
import { parseConfig } from '../../../../domain/config-cache'
import { applicationConfigSchema } from '../../../../domain/node-config'
import { labelSchema } from '../shared/label-schema'
import { findAction, findProvider, formatParameters, parseParameters } from './catalogue'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const TEMPLATE = /^\{\{\s*[^{}\s]+\s*\}\}$/

export const applicationFormSchema = z
  .object({
    label: labelSchema,
    provider_key: z.string().min(1, 'Choose an integration'),
    action_key: z.string().min(1, 'Choose an action'),
    settings: z.record(z.string(), z.string()),
  })
  .superRefine((v, ctx) => {
    if (!v.provider_key) return
    if (!findProvider(v.provider_key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['provider_key'],
        message: 'Unknown integration; choose another',
      })
      return
    }
    const action = findAction(v.provider_key, v.action_key)
    if (!action) {
      if (v.action_key)
        ctx.addIssue({
          code: 'custom',
          path: ['action_key'],
          message: 'Choose an action of this integration',
        })
      return
    }
    for (const field of action.fields) {
      const value = (v.settings[field.key] ?? '').trim()
      const path = ['settings', field.key]
      if (field.required && !value)
        ctx.addIssue({ code: 'custom', path, message: `Enter the ${field.label.toLowerCase()}` })
      else if (field.kind === 'email' && value && !EMAIL.test(value) && !TEMPLATE.test(value))
        ctx.addIssue({ code: 'custom', path, message: 'Enter an email address or a {{variable}}' })
      else if (field.kind === 'parameters' && parseParameters(value) === null)
        ctx.addIssue({ code: 'custom', path, message: 'Write each parameter as name=value' })
    }
  })
export type ApplicationFormValues = z.input<typeof applicationFormSchema>

export const applicationDefaults = (): Record<string, unknown> => ({})

export function applicationFormValues(node: {
  label: string
  config: Record<string, unknown>
}): ApplicationFormValues {
  const c = applicationConfigSchema.parse(node.config)
  const settings: Record<string, string> = {}
  for (const [key, value] of Object.entries(c.action_config ?? {})) {
    settings[key] =
      key === 'parameters' ? formatParameters(value) : typeof value === 'string' ? value : ''
  }
  const provider = c.provider_key ?? ''
  // A stored alias becomes the catalogue's own key, so the select shows it.
  const action = findAction(provider, c.action_key ?? '')?.key ?? c.action_key ?? ''
  if (provider === 'wati' && !settings.phone_number) settings.phone_number = '{{phone_number}}'
  return { label: node.label, provider_key: provider, action_key: action, settings }
}

/** Whole config; keys this form does not edit (adapter, function, outputs) are kept. */
export function applicationConfig(
  values: z.output<typeof applicationFormSchema>,
  previous: Record<string, unknown>,
): Record<string, unknown> {
  const keep = Object.fromEntries(
    ['adapter_key', 'function_key', 'outputs'].flatMap((k) =>
      k in previous ? [[k, previous[k]]] : [],
    ),
  )
  const action = findAction(values.provider_key, values.action_key)
  const actionConfig: Record<string, unknown> = {}
  for (const field of action?.fields ?? []) {
    const value = (values.settings[field.key] ?? '').trim()
    if (field.kind === 'parameters') actionConfig[field.key] = parseParameters(value) ?? {}
    else if (value) actionConfig[field.key] = value
  }
  return {
    ...keep,
    provider_key: values.provider_key,
    action_key: values.action_key,
    action_config: actionConfig,
  }
}

export function summarizeApplication(config: Record<string, unknown>): string[] {
  const c = parseConfig(applicationConfigSchema, config)
  if (!c.provider_key) return ['No action chosen']
  const provider = findProvider(c.provider_key)
  const action = findAction(c.provider_key, c.action_key ?? '')
  const detail = c.action_config?.template_name ?? c.action_config?.subject
  const what = action?.title ?? c.action_key ?? 'no action'
  return [
    `${provider?.title ?? c.provider_key}: ${what}${typeof detail === 'string' ? ` “${detail}”` : ''}`,
  ]
}
