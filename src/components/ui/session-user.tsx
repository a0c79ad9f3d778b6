import { useQuery } from '@tanstack/react-query'
import { sessionQueries } from '../../lib/session/user'

/** The signed-in person, as the SSO proxy reports them; nothing when not behind one. */
export function SessionUserBadge() {
  const { data: user } = useQuery(sessionQueries.user())
  if (!user) return null
  const label = user.email ?? user.name
  const full =
    user.name && user.email && user.name !== user.email ? `${user.name} (${user.email})` : label
  return (
    <span
      className="max-w-64 truncate text-sm text-slate-700"
      title={full ?? undefined}
      data-testid="signed-in-user"
    >
      <span className="sr-only">Signed in as </span>
      {label}
    </span>
  )
}
