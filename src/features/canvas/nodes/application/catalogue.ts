/** The integrations an APPLICATION step can run (contract §7.5), kept as data. */
export type ActionFieldKind = 'text' | 'textarea' | 'email' | 'parameters'
export type ActionField = {
  key: string
  label: string
  kind: ActionFieldKind
  required: boolean
  hint?: string
}
export type ProviderAction = {
  key: string
  title: string
  fields: readonly ActionField[]
  /** Other spellings of this action found in stored configs; saving writes `key`. */
  aliases?: readonly string[]
}
export type Provider = { key: string; title: string; actions: readonly ProviderAction[] }

const VARIABLES_HINT = 'You can insert lead variables as {{name}}.'
const WATI_PHONE: ActionField = {
  key: 'phone_number',
  label: 'WhatsApp number',
  kind: 'text',
  required: true,
  hint: 'Usually {{phone_number}}, the lead’s own number.',
}

export const PROVIDERS: readonly Provider[] = [
  {
    key: 'wati',
    title: 'WhatsApp (Wati)',
    actions: [
      {
        key: 'send_template',
        title: 'Send template',
        aliases: ['send_template_message'],
        fields: [
          WATI_PHONE,
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
        aliases: ['send_session_message'],
        fields: [
          WATI_PHONE,
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
  findProvider(providerKey)?.actions.find(
    (a) => a.key === actionKey || a.aliases?.includes(actionKey),
  )

/** `name=value` lines → `{ name: value }` (the stored shape); `null` when a line has no name. */
export function parseParameters(text: string): Record<string, string> | null {
  const params: Record<string, string> = {}
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  for (const line of lines) {
    const at = line.indexOf('=')
    const name = at > 0 ? line.slice(0, at).trim() : ''
    if (!name) return null
    params[name] = line.slice(at + 1).trim()
  }
  return params
}

const show = (v: unknown) => (v === undefined || v === null ? '' : String(v))

/** Stored parameters (an object, or a `[{name, value}]` list) → `name=value` lines. */
export function formatParameters(value: unknown): string {
  if (typeof value === 'string') return value
  let pairs: [string, unknown][] = []
  if (Array.isArray(value))
    pairs = value.map((p: unknown) => {
      const item = (p && typeof p === 'object' ? p : { name: p }) as Record<string, unknown>
      return [show(item.name), item.value]
    })
  else if (value && typeof value === 'object') pairs = Object.entries(value)
  return pairs.map(([name, v]) => `${name}=${show(v)}`).join('\n')
}
