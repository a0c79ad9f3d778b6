// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { renderIndexHtml } from './index-html'

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-def.css">
    <link rel="preconnect" href="//cdn.example.com">
  </head>
  <body><div id="root"></div></body>
</html>`

describe('renderIndexHtml', () => {
  it('moves root-relative URLs under the base path and announces it in a meta tag', () => {
    const html = renderIndexHtml(BUILT, '/tools/workflows/')
    expect(html).toContain('src="/tools/workflows/assets/index-abc.js"')
    expect(html).toContain('href="/tools/workflows/assets/index-def.css"')
    expect(html).toContain('href="/tools/workflows/favicon.svg"')
    expect(html).toContain('href="//cdn.example.com"')
    expect(html).toContain('<meta name="app-base" content="/tools/workflows/" />')
  })

  it('adds no inline script and no <base> element (the CSP forbids both)', () => {
    const html = renderIndexHtml(BUILT, '/tools/workflows/')
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/)
    expect(html).not.toContain('<base')
  })

  it('leaves the URLs alone at the root', () => {
    expect(renderIndexHtml(BUILT, '/')).toContain('src="/assets/index-abc.js"')
  })
})
