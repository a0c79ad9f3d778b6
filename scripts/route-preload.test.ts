import { describe, expect, it } from 'vitest'
import { preloadScript, routePattern, routePreloads, type ChunkInfo } from './route-preload'

describe('routePattern', () => {
  it.each([
    ['workflows/$workflowId', '/workflows/[^/]+/?$'],
    ['workflows/index', '/workflows/?$'],
    ['workflows/new', '/workflows/new/?$'],
    ['workflows/$workflowId_.leads', '/workflows/[^/]+/leads/?$'],
    ['activity', '/activity/?$'],
    ['index', null],
  ])('%s → %s', (file, pattern) => {
    expect(routePattern(file)).toBe(pattern)
  })
})

const chunk = (
  fileName: string,
  facade: string | null,
  imports: string[] = [],
  css: string[] = [],
) => ({ fileName, facadeModuleId: facade, imports, css }) satisfies ChunkInfo

const bundle: ChunkInfo[] = [
  chunk('assets/index.js', '/app/index.html', ['assets/react.js']),
  chunk('assets/react.js', null),
  chunk(
    'assets/detail.js',
    '/app/src/routes/workflows/$workflowId.tsx?tsr-split=component',
    ['assets/react.js', 'assets/flow.js'],
    ['assets/detail.css'],
  ),
  chunk('assets/flow.js', null, ['assets/zod.js'], ['assets/flow.css']),
  chunk('assets/zod.js', null),
  chunk('assets/new.js', '/app/src/routes/workflows/new.tsx?tsr-split=component', [
    'assets/zod.js',
  ]),
  chunk(
    'assets/detail-error.js',
    '/app/src/routes/workflows/$workflowId.tsx?tsr-split=errorComponent',
  ),
]

describe('routePreloads', () => {
  it("lists a screen's chunks and CSS beyond the entry's, static screens first", () => {
    expect(routePreloads(bundle)).toEqual([
      { pattern: '/workflows/new/?$', js: ['assets/new.js', 'assets/zod.js'], css: [] },
      {
        pattern: '/workflows/[^/]+/?$',
        js: ['assets/detail.js', 'assets/flow.js', 'assets/zod.js'],
        css: ['assets/detail.css', 'assets/flow.css'],
      },
    ])
  })
})

/** Runs the script as the browser would, at `path`, with the script served from `src`. */
function linksAt(path: string, src = 'https://console.example/app/assets/route-preload-x.js') {
  const head = document.createElement('head')
  const fakeDocument = {
    currentScript: { src },
    head,
    createElement: (tag: string) => document.createElement(tag),
  }
  new Function('document', 'location', preloadScript(routePreloads(bundle)))(fakeDocument, {
    pathname: path,
  })
  return [...head.querySelectorAll('link')].map((l) => `${l.rel} ${l.getAttribute('href')}`)
}

describe('preloadScript', () => {
  it("preloads the opened screen's files, beside the script (under any base path)", () => {
    expect(linksAt('/app/workflows/wf_1')).toEqual([
      'modulepreload https://console.example/app/assets/detail.js',
      'modulepreload https://console.example/app/assets/flow.js',
      'modulepreload https://console.example/app/assets/zod.js',
      'preload https://console.example/app/assets/detail.css',
      'preload https://console.example/app/assets/flow.css',
    ])
  })

  it('takes /workflows/new for the new-workflow screen, not for a workflow called "new"', () => {
    expect(linksAt('/app/workflows/new')).toEqual([
      'modulepreload https://console.example/app/assets/new.js',
      'modulepreload https://console.example/app/assets/zod.js',
    ])
  })

  it('adds nothing where no split screen matches', () => {
    expect(linksAt('/app/workflows/wf_1/elsewhere/deep')).toEqual([])
  })
})
