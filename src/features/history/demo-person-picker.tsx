import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { historyKeys, historyQueries } from '../../api/history'
import { env } from '../../lib/env'

/** The demo person's cookie, for the whole app (its API and history live under the base path). */
function pickDemoPerson(cookie: string, id: string) {
  const path = env.basePath.endsWith('/') ? env.basePath : `${env.basePath}/`
  document.cookie = `${cookie}=${encodeURIComponent(id)}; path=${path}; max-age=31536000; SameSite=Strict`
}

/**
 * Whom the history names for this browser. In the demo (the built-in mock answers, nobody
 * signed in) one of two demo people can be played, so two people show in the activity; behind
 * a real API the SSO identity is the only one and this shows nothing (the header names them).
 */
export function DemoPersonPicker() {
  const id = useId()
  const queryClient = useQueryClient()
  const me = useQuery(historyQueries.me())
  const [switched, setSwitched] = useState('')
  if (!me.data?.demo) return null
  const { demo, actor } = me.data
  const current =
    actor.kind === 'person' ? demo.people.find((p) => p.email === actor.email) : undefined

  return (
    <div className="flex items-center gap-1.5 text-sm">
      <label htmlFor={id} className="text-slate-700">
        Acting as{' '}
        <span className="sr-only">(a demo person: the history records changes as them)</span>
      </label>
      <select
        id={id}
        value={current?.id ?? ''}
        onChange={(e) => {
          const person = demo.people.find((p) => p.id === e.target.value)
          if (!person) return
          pickDemoPerson(demo.cookie, person.id)
          setSwitched(`Now acting as ${person.name}.`)
          // Whom the history names changed: ask again, and the activity with it.
          void queryClient.invalidateQueries({ queryKey: historyKeys.all() })
        }}
        className="h-8 rounded-md border border-slate-300 bg-white px-1.5 text-sm text-slate-900"
        data-testid="demo-person"
      >
        {current ? null : <option value="">Choose a demo person</option>}
        {demo.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} (demo)
          </option>
        ))}
      </select>
      <span role="status" className="sr-only">
        {switched}
      </span>
    </div>
  )
}
