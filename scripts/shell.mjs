// Two shell helpers shared by the ensure-* scripts.
import { execSync } from 'node:child_process'

export const run = (cmd) => execSync(cmd, { stdio: 'inherit' })

/** True when `cmd` is on the PATH. */
export const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
