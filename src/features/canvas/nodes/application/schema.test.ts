import { describe, expect, it } from 'vitest'
import {
  applicationConfig,
  applicationFormSchema,
  applicationFormValues,
  summarizeApplication,
} from './schema'

const form = (provider_key: string, action_key: string, settings: Record<string, string>) => ({
  label: 'Notify',
  provider_key,
  action_key,
  settings,
})

describe('APPLICATION form schema', () => {
  it('accepts a Wati template and a Resend email with their required settings', () => {
    expect(
      applicationFormSchema.safeParse(
        form('wati', 'send_template', {
          phone_number: '{{phone_number}}',
          template_name: 'offer',
          parameters: 'name={{name}}',
        }),
      ).success,
    ).toBe(true)
    expect(
      applicationFormSchema.safeParse(
        form('resend', 'send_email', {
          from: 'team@bank.in',
          to: '{{email}}',
          subject: 'Hello',
          text: 'Hi {{name}}',
        }),
      ).success,
    ).toBe(true)
  })

  it('rejects no provider, an unknown provider, an action of another provider, missing settings', () => {
    const bad = [
      form('', '', {}),
      form('hubspot', 'create_contact', {}),
      form('wati', 'send_email', {}),
      form('wati', 'send_message', { message: ' ' }),
      form('resend', 'send_email', { from: 'not-an-email', to: 'a@b.co', subject: 's', text: 't' }),
      form('wati', 'send_template', { template_name: 'offer', parameters: '=oops' }),
    ]
    for (const values of bad) expect(applicationFormSchema.safeParse(values).success).toBe(false)
  })

  it('writes provider, action and only that action settings, keeping keys it does not edit', () => {
    const v = applicationFormSchema.parse(
      form('wati', 'send_template', {
        phone_number: '{{phone_number}}',
        template_name: 'offer',
        parameters: 'name={{name}}\ncity=Pune',
        message: 'stale',
      }),
    )
    expect(applicationConfig(v, { adapter_key: 'wati_main', outputs: { success: 'n1' } })).toEqual({
      adapter_key: 'wati_main',
      outputs: { success: 'n1' },
      provider_key: 'wati',
      action_key: 'send_template',
      action_config: {
        template_name: 'offer',
        phone_number: '{{phone_number}}',
        parameters: { name: '{{name}}', city: 'Pune' },
      },
    })
  })

  it('reads the seeded spelling (send_template_message, parameters as an object)', () => {
    const values = applicationFormValues({
      label: 'N',
      config: {
        provider_key: 'wati',
        action_key: 'send_template_message',
        action_config: {
          phone_number: '{{phone_number}}',
          template_name: 't',
          parameters: { name: '{{first_name}}' },
        },
      },
    })
    expect(values.action_key).toBe('send_template')
    expect(values.settings.parameters).toBe('name={{first_name}}')
    expect(applicationFormSchema.safeParse(values).success).toBe(true)
  })

  it('reads parameters back as lines and summarises the action', () => {
    const config = {
      provider_key: 'wati',
      action_key: 'send_template',
      action_config: { template_name: 'offer', parameters: [{ name: 'a', value: '1' }] },
    }
    expect(applicationFormValues({ label: 'N', config }).settings).toEqual({
      phone_number: '{{phone_number}}',
      template_name: 'offer',
      parameters: 'a=1',
    })
    expect(summarizeApplication(config)).toEqual(['WhatsApp (Wati): Send template “offer”'])
    expect(summarizeApplication({})).toEqual(['No action chosen'])
  })
})
