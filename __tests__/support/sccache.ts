// Helpers for the sccache tests: fake release archives, a static file
// server standing in for a release mirror, and a Redis server on loopback.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  writeFileSync,
  chmodSync,
  readFileSync
} from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { freePort, requireTool } from './tools.js'

export { freePort, pathWithout, requireTool } from './tools.js'

/** A directory holding an executable `sccache` shell script with `body`. */
export function scriptDir(body: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-fake-sccache-'))
  const file = path.join(dir, 'sccache')
  writeFileSync(file, `#!/bin/sh\n${body}\n`)
  chmodSync(file, 0o755)
  return dir
}

/** A release archive laid out like sccache's (`sccache-<tag>-<triple>/sccache`) with a script inside. */
export function fakeRelease(
  tag: string,
  triple: string,
  script: string
): { archive: Buffer; sha256: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-release-'))
  const folder = `sccache-${tag}-${triple}`
  mkdirSync(path.join(dir, folder))
  writeFileSync(path.join(dir, folder, 'sccache'), `#!/bin/sh\n${script}\n`, { mode: 0o755 })
  writeFileSync(path.join(dir, folder, 'README.md'), 'fake release\n')
  execFileSync('tar', ['-czf', path.join(dir, 'out.tar.gz'), '-C', dir, folder])
  const archive = readFileSync(path.join(dir, 'out.tar.gz'))
  return { archive, sha256: createHash('sha256').update(archive).digest('hex') }
}

export interface StaticServer {
  url: string
  hits: string[]
  close(): Promise<void>
}

/** Serves `files` (URL path → body) on loopback; anything else is a 404. */
export async function staticServer(files: Record<string, Buffer | string>): Promise<StaticServer> {
  const hits: string[] = []
  const server = http.createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname
    hits.push(p)
    const body = files[p]
    if (body === undefined) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'Content-Length': Buffer.byteLength(body) }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as net.AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export interface Redis {
  url: string
  port: number
  stop(): Promise<void>
}

/** A throwaway redis-server on a loopback port, no persistence. */
export async function startRedis(): Promise<Redis> {
  requireTool('redis-server')
  requireTool('redis-cli')
  const port = await freePort()
  const child: ChildProcess = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  await new Promise<void>((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('Ready to accept connections')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)))
  })
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
  }
}

/** Number of keys in the Redis at `port`. */
export function redisKeys(port: number): number {
  return Number(
    execFileSync('redis-cli', ['-p', String(port), 'DBSIZE'], { encoding: 'utf8' }).trim()
  )
}

const started: { bin: string; env: Record<string, string | null> }[] = []

/** Remembers the sccache server a main step started, so `stopTracked` can stop it if a test fails early. */
export function track<T extends { state: Record<string, string> }>(run: T): T {
  if (run.state.sccache !== undefined)
    started.push(JSON.parse(run.state.sccache) as (typeof started)[number])
  return run
}

/** Stops every tracked server that is still running (a stopped one just makes sccache complain). */
export function stopTracked(): void {
  for (const s of started.splice(0)) {
    const env: Record<string, string | undefined> = { ...process.env }
    for (const [k, v] of Object.entries(s.env)) env[k] = v ?? undefined
    try {
      execFileSync(s.bin, ['--stop-server'], { env, stdio: 'ignore', timeout: 30000 })
    } catch {
      // not running any more
    }
  }
}

/**
 * A directory with an `sccache` that records its arguments and environment (one file per call in
 * `logDir`), then runs the real sccache. The server the real one spawns inherits that environment.
 */
export function recordingSccache(logDir: string): string {
  const real = requireTool('sccache')
  return scriptDir(
    `printf '%s\\n' "$*" > "${logDir}/$$.args"\nenv -0 > "${logDir}/$$.env"\nexec "${real}" "$@"`
  )
}

export interface RecordedCall {
  args: string
  env: Record<string, string>
}

function parseEnviron(text: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const entry of text.split('\0')) {
    const at = entry.indexOf('=')
    if (at > 0) env[entry.slice(0, at)] = entry.slice(at + 1)
  }
  return env
}

/** The calls `recordingSccache` recorded. */
export function recordedCalls(logDir: string): RecordedCall[] {
  return readdirSync(logDir)
    .filter((f) => f.endsWith('.env'))
    .map((f) => ({
      args: readFileSync(path.join(logDir, f.replace(/\.env$/, '.args')), 'utf8').trim(),
      env: parseEnviron(readFileSync(path.join(logDir, f), 'utf8'))
    }))
}

/** The environment of the running sccache server listening on `port` (from /proc), or null. */
export function serverEnviron(port: string): Record<string, string> | null {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let env: Record<string, string>
    try {
      env = parseEnviron(readFileSync(`/proc/${pid}/environ`, 'utf8'))
    } catch {
      continue // gone, or not ours
    }
    if (env.SCCACHE_START_SERVER === '1' && env.SCCACHE_SERVER_PORT === port) return env
  }
  return null
}
