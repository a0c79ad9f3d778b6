import { SESSION_ENDED_MESSAGE } from '../../lib/session/permission'
import { signInAgain, useSessionExpired } from '../../lib/session/events'
import { Button } from './button'

/**
 * Shown once an API call answers 401 (the SSO session ended). The page stays usable to read and
 * to keep typing; what was typed is kept in sessionStorage through the sign-in round trip.
 */
export function SessionBanner() {
  const expired = useSessionExpired()
  if (!expired) return null
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950"
    >
      <p className="font-medium">{SESSION_ENDED_MESSAGE}</p>
      <p className="text-amber-900">What you typed is kept on this device until it is saved.</p>
      <Button size="sm" variant="primary" className="ml-auto" onClick={signInAgain}>
        Sign in again
      </Button>
    </div>
  )
}
