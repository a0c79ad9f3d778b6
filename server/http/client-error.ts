import type { Server } from 'node:http'
import type { Socket } from 'node:net'
import { errorEnvelope } from './error-envelope'

/**
 * Node answers a request it cannot parse (bad request line, oversized headers) itself, with a
 * bare `400 Bad Request`. This answers with the contract's error envelope instead.
 */
export function answerClientErrorsWithEnvelope(server: Pick<Server, 'on'>) {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy()
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW'
    const status = tooLarge ? 431 : 400
    const message = tooLarge
      ? 'The request headers are too large.'
      : 'The request could not be read (malformed HTTP).'
    const body = JSON.stringify({
      ...errorEnvelope(status, message),
      ...(tooLarge ? { error: 'Request Header Fields Too Large' } : {}),
    })
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        'content-type: application/json; charset=utf-8\r\n' +
        `content-length: ${Buffer.byteLength(body)}\r\n` +
        `x-request-id: ${crypto.randomUUID()}\r\n` +
        'connection: close\r\n\r\n' +
        body,
    )
  })
}
