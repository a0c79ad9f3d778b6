import { spawn } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  readNginxTemplate,
  renderNginxTemplate,
  standaloneNginxConf,
} from '../../../scripts/nginx-config'
import { BASE_PATH, NGINX_DIR, PORTS } from './setup'

/**
 * Renders the README's nginx template with this run's ports into its own prefix directory and
 * runs nginx in the foreground there (no daemon, no system site, pid and logs in the directory).
 * `E2E_NGINX_TEMPLATE` swaps in another template, e.g. the README's blocks before issue 20.
 */
const dir = resolve(NGINX_DIR)
mkdirSync(dir, { recursive: true })
// nginx's workers (nobody, when started as root) must reach the temp and log files.
chmodSync(dir, 0o755)
const server = renderNginxTemplate(readNginxTemplate(process.env.E2E_NGINX_TEMPLATE), {
  LISTEN: `127.0.0.1:${PORTS.nginx}`,
  SERVER_NAME: '127.0.0.1 localhost',
  BASE_PATH,
  CONSOLE: `127.0.0.1:${PORTS.server}`,
  OAUTH2_PROXY: `127.0.0.1:${PORTS.oauth2Proxy}`,
})
writeFileSync(`${dir}/console.conf`, server)
writeFileSync(`${dir}/nginx.conf`, standaloneNginxConf(dir, `  include ${dir}/console.conf;`))

const nginx = spawn(
  process.env.NGINX_PATH ?? 'nginx',
  ['-p', dir, '-c', `${dir}/nginx.conf`, '-e', `${dir}/error.log`, '-g', 'daemon off;'],
  { stdio: 'inherit', env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin` } },
)
nginx.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => nginx.kill(signal === 'SIGINT' ? 'SIGQUIT' : 'SIGTERM'))
