import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'

export type PreviewServer = { origin: string; stop(): Promise<void> }

/** `preferred` when it is free, else any free port. */
export async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const probe = createServer()
      probe.once('error', () => resolve(null))
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address()
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : null))
      })
    })
  return (await tryPort(preferred)) ?? (await tryPort(0)) ?? preferred
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the preview server exited (${child.exitCode})`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/** `vite preview` of a build, with the project's mock API mounted at `/v1` (its default). */
export async function startPreview(
  root: string,
  outDir: string,
  port: number,
): Promise<PreviewServer> {
  const vite = join(root, 'node_modules/.bin/vite')
  const args = [
    'preview',
    '--outDir',
    outDir,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ]
  const env = { ...process.env, MOCK_API: 'on' }
  const child = spawn(vite, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000)
  })
  // Never leave the server behind, whatever ends this process (an error, Ctrl-C, a closed pipe).
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGPIPE'] as const)
    process.once(signal, () => {
      killOnExit()
      process.exit(130)
    })
  const origin = `http://127.0.0.1:${port}`
  try {
    await waitForHttp(`${origin}/v1/__mock/state`, child, 60_000)
  } catch (error) {
    child.kill('SIGTERM')
    throw new Error(`${String(error)}\n${stderr}`)
  }
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', killOnExit)
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
      }),
  }
}
