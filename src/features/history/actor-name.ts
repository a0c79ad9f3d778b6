import type { Actor } from '../../api/history'

/** How a person is named in the history: name, else email; the two other kinds in words. */
export function actorName(actor: Actor): string {
  if (actor.kind === 'outside') return 'Someone outside the console'
  if (actor.kind === 'anonymous') return 'An unidentified user'
  return actor.name ?? actor.email ?? 'Someone'
}

export const formatWhen = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
