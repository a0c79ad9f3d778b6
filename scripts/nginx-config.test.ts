// @vitest-environment node
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  NGINX_TEMPLATE_PATH,
  readNginxTemplate,
  renderNginxTemplate,
  standaloneNginxConf,
} from './nginx-config'

const MARKER = '<!-- deploy/nginx/console.conf.template'
const values = {
  LISTEN: '127.0.0.1:4600',
  SERVER_NAME: 'localhost',
  BASE_PATH: '/tools/workflows/',
  CONSOLE: '127.0.0.1:8080',
  OAUTH2_PROXY: '127.0.0.1:4180',
}

/** Top-level `location … { … }` blocks of a server block, with their bodies. */
function locations(conf: string): { name: string; body: string }[] {
  return [...conf.matchAll(/^ {2}location (.+?) \{\n?([\s\S]*?)^ {2}\}/gm)].map((m) => ({
    name: (m[1] ?? '').trim(),
    body: m[2] ?? '',
  }))
}

/** What the template promises for every location that proxies to the console. */
function consoleHeaderProblems(conf: string): string[] {
  const problems: string[] = []
  const serverLevel = conf.replace(/^ {2}location .+? \{[\s\S]*?^ {2}\}/gm, '')
  for (const [header, value] of [
    ['Host', '$http_host'],
    ['X-Forwarded-For', '$remote_addr'],
    ['X-Request-Id', '$request_id'],
    ['X-Forwarded-Email', '$sso_email'],
    ['X-Forwarded-User', '$sso_user'],
  ])
    if (
      !serverLevel
        .split('\n')
        .some((l) => l.trim().split(/\s+/).join(' ') === `proxy_set_header ${header} ${value};`)
    )
      problems.push(`server level does not set ${header} ${value}`)
  for (const { name, body } of locations(conf))
    if (body.includes('proxy_pass http://${CONSOLE}') && body.includes('proxy_set_header'))
      problems.push(`location ${name} sets its own headers and loses the server's`)
  return problems
}

describe('the nginx template', () => {
  const template = readNginxTemplate()

  it('is what the README shows, character for character', () => {
    const readme = readFileSync('README.md', 'utf8')
    const at = readme.indexOf(MARKER)
    expect(at, `README.md has no "${MARKER}" block`).toBeGreaterThan(-1)
    const block = /```nginx\n([\s\S]*?)```/.exec(readme.slice(at))?.[1]
    expect(block).toBe(template)
  })

  it('renders only its five placeholders and leaves nginx variables alone', () => {
    const conf = renderNginxTemplate(template, values)
    expect(conf).not.toMatch(/\$\{[A-Z]/)
    expect(conf).toContain('listen 127.0.0.1:4600;')
    expect(conf).toContain('location /tools/workflows/v1/ {')
    expect(conf).toContain('proxy_pass http://127.0.0.1:4180;')
    expect(conf).toContain('proxy_set_header X-Auth-Request-Redirect $request_uri;')
  })

  it('sets identity, request id and client address on every location that reaches the console', () => {
    expect(consoleHeaderProblems(template)).toEqual([])
  })

  it("catches the README's blocks from before issue 20", () => {
    const legacy = readNginxTemplate('e2e/nginx/legacy/readme-before-issue-20.conf.template')
    expect(consoleHeaderProblems(legacy)).toEqual([
      'server level does not set Host $http_host',
      'server level does not set X-Forwarded-For $remote_addr',
      'server level does not set X-Request-Id $request_id',
      'server level does not set X-Forwarded-Email $sso_email',
      'server level does not set X-Forwarded-User $sso_user',
      "location ${BASE_PATH} sets its own headers and loses the server's",
      "location ${BASE_PATH}v1/ sets its own headers and loses the server's",
    ])
  })

  it('opens the sign-in, health and asset locations and nothing else', () => {
    const open = locations(template)
      .filter((l) => l.body.includes('auth_request off;'))
      .map((l) => l.name)
    expect(open).toEqual([
      '/oauth2/',
      '= /oauth2/auth',
      '@session_ended',
      '${BASE_PATH}assets/',
      '= /healthz',
      '= ${BASE_PATH}healthz',
      '= /readyz',
    ])
  })

  it('puts every file of a standalone run under its own directory', () => {
    const conf = standaloneNginxConf('/tmp/run', '  include /tmp/run/console.conf;')
    for (const line of conf.split('\n').filter((l) => /_path |error_log|pid |access_log/.test(l)))
      expect(line).toContain('/tmp/run/')
    expect(NGINX_TEMPLATE_PATH).toBe('deploy/nginx/console.conf.template')
  })
})
