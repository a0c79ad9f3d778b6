import { existsSync } from 'node:fs'

/** Debian's chromium when present (the project's scripts install it), else Playwright's own. */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium']
  return candidates.find((p): p is string => Boolean(p && existsSync(p)))
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
