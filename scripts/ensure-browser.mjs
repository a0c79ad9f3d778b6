#!/usr/bin/env node
// Finds a Chromium for Playwright, installing one when none is present:
// $CHROMIUM_PATH, then Debian's /usr/bin/chromium (apt-get install when root and apt exist),
// then Playwright's own browser (`npx playwright install chromium`).
import { existsSync } from 'node:fs'
import { has, run } from './shell.mjs'
import { chromium } from '@playwright/test'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

function find() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM
  try {
    const own = chromium.executablePath()
    if (own && existsSync(own)) return own
  } catch {
    // Playwright has no browser of its own yet.
  }
  return null
}

let browser = find()
if (!browser) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && has('apt-get')) {
    console.log('[ensure-browser] installing Debian chromium with apt-get…')
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null')
  } else {
    console.log('[ensure-browser] installing Playwright chromium…')
    run('npx playwright install chromium')
  }
  browser = find()
}
if (!browser) {
  console.error('[ensure-browser] no Chromium could be found or installed')
  process.exit(1)
}
console.log(`[ensure-browser] using ${browser}`)
