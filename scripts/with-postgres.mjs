#!/usr/bin/env node
// Runs a command with a real, throw-away PostgreSQL server: `node scripts/with-postgres.mjs vitest run`.
// Installs Debian's `postgresql` with apt when its binaries are missing, initdb's into a temporary
// folder (owned by `postgres` when run as root: the server refuses to run as root), starts it on a
// free loopback port, exports TEST_DATABASE_URL to the command, and stops it afterwards, also when
// the command fails or is interrupted. TEST_DATABASE_URL already set: used as it is.
// TEST_POSTGRES=off: the command runs without one (the history tests then use PGlite only).
import { execFileSync, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from './shell.mjs'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args…]')
  process.exit(2)
}

const isRoot = process.getuid?.() === 0

function findBin() {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
  versions.sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(root, versions[0], 'bin') : null
}

function ensureBin() {
  let bin = findBin()
  if (bin) return bin
  if (!isRoot) throw new Error('PostgreSQL is not installed (apt-get install postgresql) and this is not root')
  console.log('[with-postgres] installing Debian postgresql with apt…')
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null')
  bin = findBin()
  if (!bin) throw new Error('apt installed postgresql but no initdb was found in /usr/lib/postgresql')
  return bin
}

function freePort() {
  if (process.env.PG_TEST_PORT) return Promise.resolve(Number(process.env.PG_TEST_PORT))
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

function asPostgres(bin, tool, toolArgs) {
  const file = join(bin, tool)
  if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', file, ...toolArgs], { stdio: 'pipe' })
  else execFileSync(file, toolArgs, { stdio: 'pipe' })
}

function runCommand(env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' })
    const forward = (signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

async function main() {
  const localBin = join(process.cwd(), 'node_modules', '.bin')
  const env = { ...process.env, PATH: `${localBin}:${process.env.PATH}` }
  if (process.env.TEST_DATABASE_URL || process.env.TEST_POSTGRES === 'off') return runCommand(env)

  const bin = ensureBin()
  const dir = mkdtempSync(join(tmpdir(), 'wc-postgres-'))
  if (isRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), 0)
  const data = join(dir, 'data')
  const port = await freePort()
  let started = false
  const stop = () => {
    if (started) {
      try {
        asPostgres(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', 'stop'])
      } catch (error) {
        console.error(`[with-postgres] stopping failed: ${error.message}`)
      }
      started = false
    }
    rmSync(dir, { recursive: true, force: true })
  }
  process.on('exit', stop)
  try {
    asPostgres(bin, 'initdb', ['-D', data, '-U', 'test', '--auth=trust', '-E', 'UTF8', '--no-sync'])
    asPostgres(bin, 'pg_ctl', [
      '-D', data, '-w', '-l', join(dir, 'log'),
      '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ])
    started = true
  } catch (error) {
    console.error(`[with-postgres] could not start PostgreSQL: ${error.stderr?.toString() || error.message}`)
    stop()
    return 1
  }
  const url = `postgres://test@127.0.0.1:${port}/postgres`
  console.log(`[with-postgres] PostgreSQL (${bin}) on ${url}`)
  const code = await runCommand({ ...env, TEST_DATABASE_URL: url })
  stop()
  return code
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[with-postgres] ${error.message}`)
    process.exit(1)
  },
)
