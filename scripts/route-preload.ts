/**
 * Fetch the opened screen's code while the app's own code is still loading.
 *
 * Each screen's component is a chunk of its own (the router's code splitting), fetched only once
 * the main chunk has run and the router has matched the address: a second round trip before the
 * screen can draw. This build step writes a tiny classic script, loaded `async` from index.html
 * (the CSP allows scripts from our origin only, so it cannot be inline), that matches the address
 * against the screens and adds `<link rel="modulepreload">` for the matched screen's chunks. The
 * browser fetches and compiles them beside the main chunk; the router's import then finds them.
 */
import { createHash } from 'node:crypto'
import type { Plugin } from 'vite'

/** What the plugin needs of a bundle chunk (a subset of Rollup's OutputChunk). */
export type ChunkInfo = {
  fileName: string
  facadeModuleId: string | null
  imports: readonly string[]
  css: readonly string[]
}

export type RoutePreload = { pattern: string; js: string[]; css: string[] }

const SPLIT_COMPONENT = /\/src\/routes\/(.+)\.tsx\?tsr-split=component$/

/**
 * A route file's path (TanStack file routes) → a pattern matching the end of an address, or null
 * for the root index (it would match every address). `$param` is one segment, `index` is the
 * folder itself, a trailing `_` only un-nests the layout, `.` separates segments.
 */
export function routePattern(routeFile: string): string | null {
  const segments = routeFile
    .split('/')
    .flatMap((part) => part.split('.'))
    .filter((s) => s !== 'index' && !s.startsWith('-') && !(s.startsWith('(') && s.endsWith(')')))
    .map((s) => s.replace(/_$/, ''))
  if (!segments.length) return null
  const body = segments
    .map((s) => (s.startsWith('$') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return `/${body}/?$`
}

/** Static segments before dynamic ones, so `/workflows/new` is not taken for `/workflows/$id`. */
const dynamicCount = (pattern: string) => pattern.split('[^/]+').length - 1

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

/** Each screen's pattern with the chunks (and CSS) its component needs beyond the entry's. */
export function routePreloads(chunks: readonly ChunkInfo[]): RoutePreload[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const closure = (start: string) => chunkClosure(start, byFile)
  const entry = chunks.find((c) => c.facadeModuleId?.endsWith('/index.html'))
  const initial = entry ? closure(entry.fileName) : new Set<string>()
  const out: RoutePreload[] = []
  for (const chunk of chunks) {
    const routeFile = chunk.facadeModuleId?.match(SPLIT_COMPONENT)?.[1]
    const pattern = routeFile ? routePattern(routeFile) : null
    if (!pattern) continue
    const js = [...closure(chunk.fileName)].filter((f) => !initial.has(f))
    const css = [...new Set(js.flatMap((f) => byFile.get(f)?.css ?? []))]
    out.push({ pattern, js, css })
  }
  return out.sort((a, b) => dynamicCount(a.pattern) - dynamicCount(b.pattern))
}

/** The classic script: the first matching screen's files, as preload links beside the script. */
export function preloadScript(routes: readonly RoutePreload[]): string {
  const table = routes.map((r) => [r.pattern, r.js, r.css])
  return `(function () {
  var routes = ${JSON.stringify(table)};
  var here = document.currentScript && document.currentScript.src;
  if (!here) return;
  var file = function (name) { return new URL(name.replace(/^assets\\//, ''), here).href; };
  for (var i = 0; i < routes.length; i++) {
    if (!new RegExp(routes[i][0]).test(location.pathname)) continue;
    var add = function (rel, href, as) {
      var link = document.createElement('link');
      link.rel = rel;
      link.href = href;
      if (as) link.as = as;
      link.crossOrigin = '';
      link.setAttribute('data-route-preload', '');
      document.head.appendChild(link);
    };
    routes[i][1].forEach(function (js) { add('modulepreload', file(js)); });
    routes[i][2].forEach(function (css) { add('preload', file(css), 'style'); });
    return;
  }
})();
`
}

/** Vite build plugin: writes the script into `assets/` and loads it first thing in index.html. */
export function routePreloadPlugin(): Plugin {
  return {
    name: 'workflow-console:route-preload',
    apply: 'build',
    enforce: 'post',
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
      const source = preloadScript(routePreloads(chunks))
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
