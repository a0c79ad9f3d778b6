/**
 * The app is built once with base `/`; the server moves it under `BASE_PATH` at run time by
 * rewriting the root-relative URLs of index.html (JS and CSS already load their chunks relative
 * to themselves) and telling the app its base in a <meta> tag, read by `src/lib/env.ts`. No
 * inline script and no <base> element: the CSP forbids both.
 */
export function renderIndexHtml(template: string, basePath: string): string {
  const rewritten =
    basePath === '/' ? template : template.replace(/(\s(?:src|href)=")\/(?!\/)/g, `$1${basePath}`)
  const meta = `<meta name="app-base" content="${escapeAttribute(basePath)}" />`
  if (!rewritten.includes('</head>')) throw new Error('index.html has no </head>')
  return rewritten.replace('</head>', `  ${meta}\n  </head>`)
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}
