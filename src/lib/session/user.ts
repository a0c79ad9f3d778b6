import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { env } from '../env'

const sessionSchema = z.object({
  user: z.object({ email: z.string().nullable(), name: z.string().nullable() }).nullable(),
})

export type SessionUser = NonNullable<z.output<typeof sessionSchema>['user']>

/** Who the SSO proxy says is signed in; null when not behind one (or not told). */
async function fetchSessionUser(signal: AbortSignal): Promise<SessionUser | null> {
  if (!env.sessionUrl) return null
  const response = await fetch(env.sessionUrl, {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
    signal,
  })
  if (!response.ok) return null
  const parsed = sessionSchema.safeParse(await response.json().catch(() => null))
  return parsed.success ? parsed.data.user : null
}

export const sessionQueries = {
  user: () =>
    queryOptions({
      queryKey: ['session-user'],
      queryFn: ({ signal }) => fetchSessionUser(signal),
      staleTime: Infinity,
      retry: false,
    }),
}
