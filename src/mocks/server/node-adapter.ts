import type { IncomingMessage, ServerResponse } from 'node:http'
import { getResponse, type RequestHandler } from 'msw'
import { hasMalformedPercentEncoding, MALFORMED_URL_MESSAGE } from '../../domain/url-check'

type Next = (error?: unknown) => void

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined
}

function toFetchRequest(req: IncomingMessage, body: Buffer | undefined): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  // `originalUrl` keeps the mount path (connect strips it from `url`).
  const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/'
  return new Request(new URL(path, `http://${req.headers.host ?? 'localhost'}`), {
    method: req.method,
    headers,
    body: body ? new Uint8Array(body) : undefined,
  })
}

/**
 * Serves MSW request handlers from a Node HTTP server (Vite dev/preview, the production
 * server, the standalone mock server). All browser tabs then share one store and one
 * scheduler, which is what makes a real cross-tab 409 possible.
 */
export function createMockMiddleware(
  getHandlers: () => RequestHandler[],
  /** Wraps the mock's answer (the console's history records writes here); default: as it is. */
  wrap: (
    request: Request,
    answer: (request: Request) => Promise<Response | undefined>,
  ) => Promise<Response | undefined> = (request, answer) => answer(request),
) {
  return async (req: IncomingMessage, res: ServerResponse, next: Next) => {
    try {
      if (hasMalformedPercentEncoding(req.url ?? '/')) {
        res.statusCode = 400
        res.setHeader('content-type', 'application/json')
        res.end(
          JSON.stringify({ statusCode: 400, message: MALFORMED_URL_MESSAGE, error: 'Bad Request' }),
        )
        return
      }
      const request = toFetchRequest(req, await readBody(req))
      const response = await wrap(request, (r) => getResponse(getHandlers(), r))
      if (!response) {
        res.statusCode = 404
        res.setHeader('content-type', 'application/json')
        res.end(
          JSON.stringify({
            statusCode: 404,
            message: `Cannot ${req.method} ${request.url}`,
            error: 'Not Found',
          }),
        )
        return
      }
      if (response.type === 'error') {
        // `HttpResponse.error()` (the offline fault) becomes a dropped connection.
        req.socket.destroy()
        return
      }
      res.statusCode = response.status
      response.headers.forEach((value, name) => res.setHeader(name, value))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      next(error)
    }
  }
}
