import { connect } from 'node:net'

export type RawAnswer = { status: number; headers: Record<string, string>; body: string }

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at)
    if (lineEnd < 0) break
    const size = parseInt(body.subarray(at, lineEnd).toString(), 16)
    if (!size) break
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}

/**
 * Sends bytes exactly as given (so a test decides the framing: Content-Length, chunked or
 * neither) and reads the whole answer; the request should say `Connection: close`.
 */
export function rawRequest(
  port: number,
  head: string,
  body: Buffer | string = '',
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('end', () => {
      const all = Buffer.concat(chunks)
      const split = all.indexOf('\r\n\r\n')
      const [statusLine = '', ...lines] = all.subarray(0, split).toString('latin1').split('\r\n')
      const headers: Record<string, string> = {}
      for (const line of lines) {
        const colon = line.indexOf(':')
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
      }
      const raw = all.subarray(split + 4)
      const body = headers['transfer-encoding'] === 'chunked' ? dechunk(raw) : raw
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: body.toString('utf8') })
    })
    // Latin-1: one byte per character, so a test can send any byte in a header.
    socket.write(Buffer.from(head.replace(/\r?\n/g, '\r\n') + '\r\n\r\n', 'latin1'))
    if (body.length) socket.write(body)
  })
}

/** A chunked body in two chunks. */
export function chunked(text: string): string {
  const half = Math.ceil(text.length / 2)
  const chunk = (s: string) => `${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n`
  return (
    chunk(text.slice(0, half)) + (text.length > half ? chunk(text.slice(half)) : '') + '0\r\n\r\n'
  )
}
