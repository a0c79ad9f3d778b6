/**
 * Fetch the opened screen's code and data while the app's own code is still loading.
 *
 * Each screen's component is a chunk of its own (the router's code splitting), fetched only once
 * the main chunk has run and the router has matched the address; its loader's API reads start
 * only then too. This build step writes a tiny classic script, loaded `async` from index.html
 * (the CSP allows scripts from our origin only, so it cannot be inline), that matches the address
 * against the screens, adds `<link rel="modulepreload">` for the matched screen's chunks and
 * starts the screen's reads (src/app/early-reads.ts). The router's import then finds the code
 * loaded, and the API client takes the answers instead of asking again (src/api/early-reads.ts).
 */
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'
import { EARLY_READS } from '../src/app/early-reads.ts'
import { APP_REQUEST_HEADER, APP_REQUEST_HEADER_VALUE } from '../src/lib/app-request-header.ts'

/** What the plugin needs of a bundle chunk (a subset of Rollup's OutputChunk). */
export type ChunkInfo = {
  fileName: string
  facadeModuleId: string | null
  imports: readonly string[]
  css: readonly string[]
}

export type RoutePreload = {
  pattern: string
  js: string[]
  css: string[]
  /** The names of the pattern's groups, in order (`workflowId` for `$workflowId`). */
  params: string[]
  /** API paths to read at once, `$name` standing for a parameter. */
  reads: readonly string[]
}

const SPLIT_COMPONENT = /\/src\/routes\/(.+)\.tsx\?tsr-split=component$/

/**
 * A route file's path (TanStack file routes) → its address segments: `$param` is one segment,
 * `index` is the folder itself, a trailing `_` only un-nests the layout, `.` separates segments.
 */
const segmentsOf = (routeFile: string) =>
  routeFile
    .split('/')
    .flatMap((part) => part.split('.'))
    .filter((s) => s !== 'index' && !s.startsWith('-') && !(s.startsWith('(') && s.endsWith(')')))
    .map((s) => s.replace(/_$/, ''))

/**
 * A route file's path → a pattern matching the end of an address, each `$param` a group, or null
 * for the root index (it would match every address).
 */
export function routePattern(routeFile: string): string | null {
  const segments = segmentsOf(routeFile)
  if (!segments.length) return null
  const body = segments
    .map((s) => (s.startsWith('$') ? '([^/]+)' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return `/${body}/?$`
}

/** The route's parameters, in the order of the pattern's groups. */
export const routeParams = (routeFile: string) =>
  segmentsOf(routeFile)
    .filter((s) => s.startsWith('$'))
    .map((s) => s.slice(1))

/** Static segments before dynamic ones, so `/workflows/new` is not taken for `/workflows/$id`. */
const dynamicCount = (pattern: string) => pattern.split('([^/]+)').length - 1

/** Every chunk `start` loads, itself included, following static imports. */
export function chunkClosure(
  start: string,
  byFile: ReadonlyMap<string, { imports: readonly string[] }>,
): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const next of byFile.get(file)?.imports ?? []) visit(next)
  }
  visit(start)
  return seen
}

/**
 * Each screen's pattern with the chunks (and CSS) its component needs beyond the entry's, and
 * the API reads its loader makes (`reads`, by route file).
 */
export function routePreloads(
  chunks: readonly ChunkInfo[],
  reads: Readonly<Record<string, readonly string[]>> = {},
): RoutePreload[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const closure = (start: string) => chunkClosure(start, byFile)
  const entry = chunks.find((c) => c.facadeModuleId?.endsWith('/index.html'))
  const initial = entry ? closure(entry.fileName) : new Set<string>()
  const out: RoutePreload[] = []
  for (const chunk of chunks) {
    const routeFile = chunk.facadeModuleId?.match(SPLIT_COMPONENT)?.[1]
    const pattern = routeFile ? routePattern(routeFile) : null
    if (!routeFile || !pattern) continue
    const js = [...closure(chunk.fileName)].filter((f) => !initial.has(f))
    const css = [...new Set(js.flatMap((f) => byFile.get(f)?.css ?? []))]
    out.push({ pattern, js, css, params: routeParams(routeFile), reads: reads[routeFile] ?? [] })
  }
  return out.sort((a, b) => dynamicCount(a.pattern) - dynamicCount(b.pattern))
}

/** A list's further pages read early, at most (a 1,000-step graph has 10 of steps, 18 of connections). */
export const MAX_EARLY_PAGES = 30

export type ReadOptions = {
  /** Reads made on every screen (the root route's). */
  everyScreen: readonly string[]
  /** `VITE_API_BASE_URL` when set; else the API is `v1/` under the app's base path. */
  apiBaseUrl: string | null
  /** Sent with each read, as the API client sends them. */
  headers: Record<string, string>
}

/**
 * The classic script: the first matching screen's files, as preload links beside the script, and
 * its reads (with every screen's), each answer kept in `window.__earlyReads` by its address.
 */
export function preloadScript(routes: readonly RoutePreload[], options: ReadOptions): string {
  const table = routes.map((r) => [r.pattern, r.js, r.css, r.params, r.reads])
  return `(function () {
  var routes = ${JSON.stringify(table)};
  var everyScreen = ${JSON.stringify(options.everyScreen)};
  var apiBaseUrl = ${JSON.stringify(options.apiBaseUrl)};
  var headers = ${JSON.stringify(options.headers)};
  var here = document.currentScript && document.currentScript.src;
  if (!here) return;
  var file = function (name) { return new URL(name.replace(/^assets\\//, ''), here).href; };
  var api = (apiBaseUrl === null ? new URL('../v1', here).href : new URL(apiBaseUrl, location.href).href).replace(/\\/$/, '');
  var early = (window.__earlyReads = { startedAt: performance.now(), responses: {} });
  var read = function (path, values) {
    try {
      var url = new URL(api + path.replace(/\\$(\\w+)/g, function (_, name) {
        return encodeURIComponent(decodeURIComponent(values[name]));
      })).href;
      if (early.responses[url]) return;
      var answer = fetch(url, { headers: headers, credentials: 'same-origin' });
      answer.catch(function () {});
      early.responses[url] = answer;
      // A list's first page says how many there are: ask for the rest as the client will.
      if (/[?&]page=1(&|$)/.test(path))
        answer
          .then(function (response) { return response.ok ? response.clone().json() : null; })
          .then(function (body) {
            var pages = Math.min((body && body.meta && body.meta.totalPages) || 1, ${MAX_EARLY_PAGES});
            for (var page = 2; page <= pages; page++)
              read(path.replace(/([?&]page=)1(?=&|$)/, '$1' + page), values);
          })
          .catch(function () {});
    } catch (e) {}
  };
  var everyScreenRead = false;
  var readEveryScreen = function () {
    if (everyScreenRead) return;
    everyScreenRead = true;
    everyScreen.forEach(function (path) { read(path, {}); });
  };
  for (var i = 0; i < routes.length; i++) {
    var match = new RegExp(routes[i][0]).exec(location.pathname);
    if (!match) continue;
    var add = function (rel, href, as) {
      var link = document.createElement('link');
      link.rel = rel;
      link.href = href;
      if (as) link.as = as;
      link.crossOrigin = '';
      link.setAttribute('data-route-preload', '');
      document.head.appendChild(link);
    };
    // Code first: over HTTP/1.1 six requests run at a time, and the reads would hold it up.
    routes[i][1].forEach(function (js) { add('modulepreload', file(js)); });
    routes[i][2].forEach(function (css) { add('preload', file(css), 'style'); });
    // Every screen's reads before the screen's own: the root's loader waits for them (the demo's
    // mock check), and behind the screen's they came last, on the last free connection.
    readEveryScreen();
    var values = {};
    routes[i][3].forEach(function (name, n) { values[name] = match[n + 1]; });
    routes[i][4].forEach(function (path) { read(path, values); });
    break;
  }
  readEveryScreen();
})();
`
}

/** Vite build plugin: writes the script into `assets/` and loads it first thing in index.html. */
export function routePreloadPlugin(): Plugin {
  let apiBaseUrl: string | null = null
  return {
    name: 'workflow-console:route-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      apiBaseUrl = (config.env.VITE_API_BASE_URL as string | undefined) || null
    },
    generateBundle(_options, bundle) {
      const html = bundle['index.html']
      if (!html || html.type !== 'asset') return
      const chunks: ChunkInfo[] = Object.values(bundle).flatMap((c) =>
        c.type === 'chunk'
          ? [
              {
                fileName: c.fileName,
                facadeModuleId: c.facadeModuleId,
                imports: c.imports,
                css: [...(c.viteMetadata?.importedCss ?? [])],
              },
            ]
          : [],
      )
      const { __root: everyScreen = [], ...screens } = EARLY_READS
      const source = preloadScript(routePreloads(chunks, screens), {
        everyScreen,
        apiBaseUrl,
        headers: { accept: 'application/json', [APP_REQUEST_HEADER]: APP_REQUEST_HEADER_VALUE },
      })
      const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8)
      const fileName = `assets/route-preload-${hash}.js`
      this.emitFile({ type: 'asset', fileName, source })
      const tag = `<script async src="/${fileName}"></script>`
      // First in <head> after the charset, so its fetch starts before the main chunk's.
      const text = String(html.source)
      const anchor = text.match(/<meta charset=[^>]*>/i)?.[0] ?? '<head>'
      if (!text.includes(anchor)) this.error('index.html has no <head>')
      html.source = text.replace(anchor, `${anchor}\n    ${tag}`)
    },
  }
}
