import { describe, expect, it } from 'vitest'
import { preloadScript, routePattern, routePreloads, type ChunkInfo } from './route-preload'

describe('routePattern', () => {
  it.each([
    ['workflows/$workflowId', '/workflows/([^/]+)/?$'],
    ['workflows/index', '/workflows/?$'],
    ['workflows/new', '/workflows/new/?$'],
    ['workflows/$workflowId_.leads', '/workflows/([^/]+)/leads/?$'],
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

const reads = { 'workflows/$workflowId': ['/workflows/$workflowId', '/agents?limit=100'] }

describe('routePreloads', () => {
  it("lists a screen's chunks and CSS beyond the entry's, static screens first", () => {
    expect(routePreloads(bundle, reads)).toEqual([
      {
        pattern: '/workflows/new/?$',
        js: ['assets/new.js', 'assets/zod.js'],
        css: [],
        params: [],
        reads: [],
      },
      {
        pattern: '/workflows/([^/]+)/?$',
        js: ['assets/detail.js', 'assets/flow.js', 'assets/zod.js'],
        css: ['assets/detail.css', 'assets/flow.css'],
        params: ['workflowId'],
        reads: ['/workflows/$workflowId', '/agents?limit=100'],
      },
    ])
  })
})

type Run = { links: string[]; reads: { url: string; init: RequestInit }[]; early: unknown }

/** Runs the script as the browser would, at `path`, with the script served from `src`. */
function runAt(
  path: string,
  src = 'https://console.example/app/assets/route-preload-x.js',
  apiBaseUrl: string | null = null,
  answers: Record<string, unknown> = {},
  screenReads: Record<string, string[]> = reads,
): Run {
  const head = document.createElement('head')
  const fakeDocument = {
    currentScript: { src },
    head,
    createElement: (tag: string) => document.createElement(tag),
  }
  const fakeWindow: { __earlyReads?: { startedAt: number; responses: Record<string, unknown> } } =
    {}
  const sent: Run['reads'] = []
  const fakeFetch = (url: string, init: RequestInit) => {
    sent.push({ url, init })
    return Promise.resolve(Response.json(answers[new URL(url).pathname] ?? {}))
  }
  const script = preloadScript(routePreloads(bundle, screenReads), {
    everyScreen: ['/__mock/state'],
    apiBaseUrl,
    headers: { accept: 'application/json', 'x-requested-with': 'workflow-console' },
  })
  new Function('document', 'location', 'window', 'fetch', 'performance', script)(
    fakeDocument,
    { pathname: path, href: `https://console.example${path}` },
    fakeWindow,
    fakeFetch,
    { now: () => 42 },
  )
  return {
    links: [...head.querySelectorAll('link')].map((l) => `${l.rel} ${l.getAttribute('href')}`),
    reads: sent,
    early: fakeWindow.__earlyReads && {
      startedAt: fakeWindow.__earlyReads.startedAt,
      urls: Object.keys(fakeWindow.__earlyReads.responses),
    },
  }
}

describe('preloadScript', () => {
  it("preloads the opened screen's files, beside the script (under any base path)", () => {
    expect(runAt('/app/workflows/wf_1').links).toEqual([
      'modulepreload https://console.example/app/assets/detail.js',
      'modulepreload https://console.example/app/assets/flow.js',
      'modulepreload https://console.example/app/assets/zod.js',
      'preload https://console.example/app/assets/detail.css',
      'preload https://console.example/app/assets/flow.css',
    ])
  })

  it("starts every screen's reads, then the screen's (after its code), under the base path, as the client sends them", () => {
    const run = runAt('/app/workflows/wf%201')
    expect(run.reads.map((r) => r.url)).toEqual([
      'https://console.example/app/v1/__mock/state',
      'https://console.example/app/v1/workflows/wf%201',
      'https://console.example/app/v1/agents?limit=100',
    ])
    expect(run.reads[1]?.init).toEqual({
      headers: { accept: 'application/json', 'x-requested-with': 'workflow-console' },
      credentials: 'same-origin',
    })
    expect(run.early).toEqual({ startedAt: 42, urls: run.reads.map((r) => r.url) })
  })

  it("asks for a list's further pages once its first page says how many there are", async () => {
    const run = runAt(
      '/app/workflows/wf_1',
      undefined,
      null,
      { '/app/v1/workflows/wf_1/nodes': { data: [], meta: { totalPages: 3 } } },
      { 'workflows/$workflowId': ['/workflows/$workflowId/nodes?page=1&limit=100'] },
    )
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(run.reads.map((r) => r.url)).toEqual([
      'https://console.example/app/v1/__mock/state',
      'https://console.example/app/v1/workflows/wf_1/nodes?page=1&limit=100',
      'https://console.example/app/v1/workflows/wf_1/nodes?page=2&limit=100',
      'https://console.example/app/v1/workflows/wf_1/nodes?page=3&limit=100',
    ])
  })

  it('reads from VITE_API_BASE_URL when the build sets it', () => {
    const run = runAt('/workflows/wf_1', undefined, 'https://api.example/v1/')
    expect(run.reads.map((r) => r.url)).toEqual([
      'https://api.example/v1/__mock/state',
      'https://api.example/v1/workflows/wf_1',
      'https://api.example/v1/agents?limit=100',
    ])
  })

  it('takes /workflows/new for the new-workflow screen, not for a workflow called "new"', () => {
    const run = runAt('/app/workflows/new')
    expect(run.links).toEqual([
      'modulepreload https://console.example/app/assets/new.js',
      'modulepreload https://console.example/app/assets/zod.js',
    ])
    expect(run.reads.map((r) => r.url)).toEqual(['https://console.example/app/v1/__mock/state'])
  })

  it('adds nothing where no split screen matches', () => {
    expect(runAt('/app/workflows/wf_1/elsewhere/deep').links).toEqual([])
  })
})
