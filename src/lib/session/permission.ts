type Rule = { method: string; path: RegExp; action: string }

const ID = '[^/]+'
const WORKFLOW = `^/workflows/${ID}`

/** Most specific first. Paths are the API paths the client calls (without the `/v1` base). */
const RULES: Rule[] = [
  { method: 'POST', path: /^\/workflows$/, action: 'create workflows' },
  {
    method: 'POST',
    path: new RegExp(`${WORKFLOW}/(activate|pause|resume|cancel)$`),
    action: '$1 this workflow',
  },
  { method: 'POST', path: new RegExp(`${WORKFLOW}/duplicate$`), action: 'duplicate this workflow' },
  {
    method: 'POST',
    path: new RegExp(`${WORKFLOW}/leads$`),
    action: 'enrol leads in this workflow',
  },
  {
    method: 'DELETE',
    path: new RegExp(`${WORKFLOW}/leads/${ID}$`),
    action: 'remove leads from this workflow',
  },
  {
    method: 'GET',
    path: new RegExp(`${WORKFLOW}/leads`),
    action: 'see the leads of this workflow',
  },
  {
    method: '*',
    path: new RegExp(`${WORKFLOW}/(nodes|edges)`),
    action: 'change the steps of this workflow',
  },
  { method: 'PATCH', path: new RegExp(`${WORKFLOW}$`), action: 'edit this workflow' },
  { method: 'DELETE', path: new RegExp(`${WORKFLOW}$`), action: 'delete this workflow' },
  { method: 'GET', path: /^\/workflows/, action: 'see workflows' },
]

/** "activate this workflow", "create workflows", … for the request that was refused. */
export function describeRefusedAction(method: string, path: string): string {
  const bare = path.split('?')[0] ?? path
  for (const rule of RULES) {
    if (rule.method !== '*' && rule.method !== method) continue
    const match = rule.path.exec(bare)
    if (match) return rule.action.replace('$1', match[1] ?? '')
  }
  return method === 'GET' ? 'see this' : 'do this'
}

/** The one sentence a 403 shows, wherever it surfaces (toast, inline error, error screen). */
export function permissionMessage(method: string, path: string): string {
  return `You do not have permission to ${describeRefusedAction(method, path)} — ask your administrator.`
}

export const SESSION_ENDED_MESSAGE = 'Your session has ended — sign in again.'
