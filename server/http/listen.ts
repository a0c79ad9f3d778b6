import { serve, type HttpBindings, type ServerType } from '@hono/node-server'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Context } from 'hono'
import { answerClientErrorsWithEnvelope } from './client-error'

type Fetch = Parameters<typeof serve>[0]['fetch']

/**
 * Serves a Hono app on Node exactly as production does (also used by the server tests, so they
 * exercise the same adapter settings): Node's own Request/Response stay in place
 * (`overrideGlobalObjects: false`) and unparseable requests get the error envelope.
 */
export function listen(
  app: { fetch: Fetch },
  options: { hostname: string; port: number },
): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve) => {
    const server = serve(
      {
        fetch: app.fetch,
        hostname: options.hostname,
        port: options.port,
        overrideGlobalObjects: false,
      },
      (info: AddressInfo) => resolve({ server, port: info.port }),
    )
    answerClientErrorsWithEnvelope(server as Server)
  })
}

/** The TCP peer of a request served by `listen`. */
export const socketAddress = (c: Context) =>
  (c.env as HttpBindings | undefined)?.incoming?.socket.remoteAddress
