/**
 * The people the demo can play, so two of them can be seen in the history. Only the built-in
 * mock honours the choice (a `wc_demo_user` cookie naming one of these ids); behind a real API
 * the SSO proxy's identity is the only one, and this list means nothing.
 */
export const DEMO_USERS = [
  { id: 'asha', name: 'Asha Rao', email: 'asha.rao@demo.invalid' },
  { id: 'ben', name: 'Ben Okafor', email: 'ben.okafor@demo.invalid' },
] as const
export type DemoUser = (typeof DEMO_USERS)[number]

export const DEMO_USER_COOKIE = 'wc_demo_user'

/** The demo user a Cookie header picks; the first one when it picks none (or an unknown id). */
export function demoUserFromCookie(cookieHeader: string | null | undefined): DemoUser {
  const match = /(?:^|;\s*)wc_demo_user=([a-z]{1,20})(?:;|$)/.exec(cookieHeader ?? '')
  return DEMO_USERS.find((u) => u.id === match?.[1]) ?? DEMO_USERS[0]
}
