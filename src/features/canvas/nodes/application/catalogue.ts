/** The integrations an APPLICATION step can run (contract §7.5), kept as data. */
export type ActionFieldKind = 'text' | 'textarea' | 'email' | 'parameters'
export type ActionField = {
  key: string
  label: string
  kind: ActionFieldKind
  required: boolean
  hint?: string
}
export type ProviderAction = { key: string; title: string; fields: readonly ActionField[] }
export type Provider = { key: string; title: string; actions: readonly ProviderAction[] }

const VARIABLES_HINT = 'You can insert lead variables as {{name}}.'

export const PROVIDERS: readonly Provider[] = [
  {
    key: 'wati',
    title: 'WhatsApp (Wati)',
    actions: [
      {
        key: 'send_template',
        title: 'Send template',
        fields: [
          { key: 'template_name', label: 'Template name', kind: 'text', required: true },
          { key: 'broadcast_name', label: 'Broadcast name', kind: 'text', required: false },
          {
            key: 'parameters',
            label: 'Template parameters',
            kind: 'parameters',
            required: false,
            hint: `One per line as name=value. ${VARIABLES_HINT}`,
          },
        ],
      },
      {
        key: 'send_message',
        title: 'Send message',
        fields: [
          {
            key: 'message',
            label: 'Message',
            kind: 'textarea',
            required: true,
            hint: VARIABLES_HINT,
          },
        ],
      },
    ],
  },
  {
    key: 'resend',
    title: 'Email (Resend)',
    actions: [
      {
        key: 'send_email',
        title: 'Send email',
        fields: [
          { key: 'from', label: 'From address', kind: 'email', required: true },
          { key: 'to', label: 'To address', kind: 'email', required: true, hint: VARIABLES_HINT },
          { key: 'subject', label: 'Subject', kind: 'text', required: true, hint: VARIABLES_HINT },
          { key: 'text', label: 'Text', kind: 'textarea', required: true, hint: VARIABLES_HINT },
        ],
      },
    ],
  },
]

export const findProvider = (key: string) => PROVIDERS.find((p) => p.key === key)
export const findAction = (providerKey: string, actionKey: string) =>
  findProvider(providerKey)?.actions.find((a) => a.key === actionKey)

export type Parameter = { name: string; value: string }

/** `name=value` lines → parameters; `null` when a non-empty line has no name. */
export function parseParameters(text: string): Parameter[] | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  const params: Parameter[] = []
  for (const line of lines) {
    const at = line.indexOf('=')
    const name = at > 0 ? line.slice(0, at).trim() : ''
    if (!name) return null
    params.push({ name, value: line.slice(at + 1).trim() })
  }
  return params
}

export function formatParameters(value: unknown): string {
  if (!Array.isArray(value)) return typeof value === 'string' ? value : ''
  return value
    .map((p: unknown) => {
      if (p && typeof p === 'object' && 'name' in p)
        return `${String((p as Parameter).name)}=${String((p as Parameter).value ?? '')}`
      return String(p)
    })
    .join('\n')
}
