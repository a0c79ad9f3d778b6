#!/usr/bin/env node
// Finds an nginx binary for the nginx-fronted end-to-end suite, installing Debian's package when
// none is present: $NGINX_PATH, then `nginx` on the PATH or in /usr/sbin (apt-get install when
// root and apt exist). The suite runs it with its own prefix and config, never the system site;
// the package's own service is not started (policy-rc.d answers 101 while installing).
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs'
import { execSync } from 'node:child_process'
import { has, run } from './shell.mjs'


function find() {
  if (process.env.NGINX_PATH && existsSync(process.env.NGINX_PATH)) return process.env.NGINX_PATH
  for (const candidate of [
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/local/nginx/sbin/nginx',
  ])
    if (existsSync(candidate)) return candidate
  if (has('nginx')) return 'nginx'
  return null
}

/** Keeps the package's postinst from starting a system nginx on port 80. */
function withoutServiceStart(install) {
  const policy = '/usr/sbin/policy-rc.d'
  if (existsSync(policy)) return install()
  writeFileSync(policy, '#!/bin/sh\nexit 101\n')
  chmodSync(policy, 0o755)
  try {
    return install()
  } finally {
    rmSync(policy, { force: true })
  }
}

let nginx = find()
if (!nginx) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot || !has('apt-get')) {
    console.error(
      '[ensure-nginx] nginx is missing: install it (e.g. `apt-get install nginx`) or set NGINX_PATH',
    )
    process.exit(1)
  }
  console.log('[ensure-nginx] installing Debian nginx with apt-get…')
  withoutServiceStart(() =>
    run(
      '(apt-get install -y -qq nginx || (apt-get update -qq && apt-get install -y -qq nginx)) >/dev/null',
    ),
  )
  nginx = find()
}
if (!nginx) {
  console.error('[ensure-nginx] no nginx could be found or installed')
  process.exit(1)
}
try {
  execSync(`${nginx} -V 2>&1 | grep -q -- --with-http_auth_request_module`, { shell: '/bin/sh' })
} catch {
  console.error(
    `[ensure-nginx] ${nginx} lacks ngx_http_auth_request_module, which the config needs`,
  )
  process.exit(1)
}
console.log(`[ensure-nginx] using ${nginx}`)
