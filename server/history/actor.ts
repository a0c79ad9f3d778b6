import { demoUserFromCookie } from '../../src/domain/demo-users'
import type { SignedInUser } from '../identity/signed-in-user'
import type { Actor } from './history-store'

/**
 * Who the history names for a request: the SSO identity (already checked to come from a
 * trusted proxy), never anything else the browser says. Only when the built-in mock answers
 * (a demo, no real data) may the browser pick one of the fixed demo people with a cookie.
 */
export function actorFor(user: SignedInUser | null, demo: { enabled: boolean; cookie: string | null | undefined }): Actor {
  if (user) return { kind: 'person', email: user.email, name: user.name }
  if (demo.enabled) {
    const person = demoUserFromCookie(demo.cookie)
    return { kind: 'person', email: person.email, name: person.name }
  }
  return { kind: 'anonymous' }
}
