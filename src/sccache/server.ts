// The sccache server of this run: its environment, start, probes, stats and stop. Thin effects.
import net from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import path from 'node:path'
import { run } from '../exec.js'
import { parseStats, type SccacheStats } from './stats.js'

import type { Env } from '../env.js'

const START_TIMEOUT_MS = 60_000
const CALL_TIMEOUT_MS = 30_000

/** Variables that select a remote storage; removed for the `local` backend so it really is local. */
const REMOTE_STORAGE =
  /^SCCACHE_(BUCKET|ENDPOINT|REGION|S3_|REDIS|MEMCACHED|GCS_|AZURE_|WEBDAV_|GHA_|OSS_|COS_|MULTILEVEL)/

export type Backend = 'local' | 'gha' | 'env'

/** A loopback port nobody listens on now, so this run's server never meets another one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

/**
 * The variables this run's sccache server and clients get, on top of the build environment.
 * `undefined` removes a variable. Pure.
 */
export function serverEnv(opts: {
  backend: Backend
  env: Env
  port: number
  saveCache: boolean
  /** The local cache directory (local backend). */
  dir: string | null
  cacheKey: string
}): Env {
  const { env } = opts
  const out: Env = {}
  if (env.SCCACHE_SERVER_PORT === undefined && env.SCCACHE_SERVER_UDS === undefined)
    out.SCCACHE_SERVER_PORT = String(opts.port)
  // The server lives from the main step to the post step, which stops it.
  if (env.SCCACHE_IDLE_TIMEOUT === undefined) out.SCCACHE_IDLE_TIMEOUT = '0'
  if (opts.backend === 'local') {
    for (const name of Object.keys(env)) if (REMOTE_STORAGE.test(name)) out[name] = undefined
    if (opts.dir !== null) out.SCCACHE_DIR = opts.dir
    // On a runner, bounded so the saved entry stops growing: sccache evicts the least recently used
    // objects. Not on a developer's machine, where sccache would trim their own cache to the bound.
    if (opts.dir !== null && env.RUNNER_TEMP && env.SCCACHE_CACHE_SIZE === undefined)
      out.SCCACHE_CACHE_SIZE = '2G'
  } else if (opts.backend === 'gha') {
    out.SCCACHE_GHA_ENABLED = 'true'
    if (!opts.saveCache) out.SCCACHE_GHA_RW_MODE = 'READ_ONLY'
    if (env.SCCACHE_GHA_VERSION === undefined && opts.cacheKey !== '')
      out.SCCACHE_GHA_VERSION = opts.cacheKey
    // sccache reads these; a JS action has them, a `run:` step would not.
    for (const name of GHA_VARIABLES) if (env[name] !== undefined) out[name] = env[name]
    if (env.ACTIONS_CACHE_SERVICE_V2 !== undefined)
      out.ACTIONS_CACHE_SERVICE_V2 = env.ACTIONS_CACHE_SERVICE_V2
    else if (env.ACTIONS_RESULTS_URL !== undefined) out.ACTIONS_CACHE_SERVICE_V2 = 'on'
  }
  return out
}

/** Runner variables sccache needs for a backend; everything else named ACTIONS_* stays out. */
const GHA_VARIABLES = ['ACTIONS_RESULTS_URL', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_CACHE_URL']

/**
 * The complete environment of this run's sccache processes (server and client calls): the step's
 * environment without any ACTIONS_* variable (OIDC request token and URL, cache service token),
 * plus `variables` from `serverEnv`, which hands the gha backend just the cache variables. Pure.
 */
export function serverProcessEnv(env: Env, variables: Env): Env {
  const out: Env = {}
  for (const [name, value] of Object.entries(env)) if (!/^ACTIONS_/i.test(name)) out[name] = value
  return { ...out, ...variables }
}

function tail(text: string, lines = 5): string {
  return text.trim().split('\n').slice(-lines).join('\n')
}

export class SccacheError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SccacheError'
  }
}

async function call(
  bin: string,
  args: string[],
  env: Env,
  cwd?: string,
  timeoutMs = CALL_TIMEOUT_MS
) {
  try {
    return await run(bin, args, { env, cwd, timeoutMs })
  } catch (error) {
    // spawn failures (ENOENT, EACCES) arrive here
    return { code: 127, stdout: '', stderr: (error as Error).message }
  }
}

/**
 * After this long without an answer from `--start-server`, the action looks for the server itself.
 * With the local backend a start answers in well under 0.1 s here, even with every core kept busy.
 * Other backends may check their storage over the network before the server listens, so they get
 * the 2 s all backends had before.
 */
export function quickStartMs(backend: Backend): number {
  return backend === 'local' ? 500 : 2_000
}

/** Whether something accepts connections on the loopback `port`. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

async function listeningWithin(port: number, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(100))
    if (await listening(port)) return true
  return false
}

/** One `--start-server` call, whose client can be abandoned (killed) while it waits. */
function startCall(bin: string, env: Env, cwd: string) {
  const abort = new AbortController()
  const result = run(bin, ['--start-server'], {
    env,
    cwd,
    timeoutMs: START_TIMEOUT_MS,
    signal: abort.signal
  }).catch((error: Error) => ({ code: 127, stdout: '', stderr: error.message }))
  return { result, abandon: () => abort.abort() }
}

function startFailure(bin: string, r: { code: number; stdout: string; stderr: string }) {
  const why = tail(`${r.stdout}\n${r.stderr}`) || `exit code ${r.code}`
  return new SccacheError(`'${path.basename(bin)} --start-server' failed: ${why}`)
}

/**
 * Starts the server in `cwd` (the daemon keeps it, so never a directory that is only borrowed for
 * a while); throws SccacheError with sccache's own words when it does not come up. Returns a note
 * for the log when it took a second call, else null.
 *
 * Older sccache releases (Debian's 0.4 among them) spawn the server before they listen for its
 * start-up report. A server that is ready first cannot report and exits, and the client waits out
 * its 10 s deadline. So when the call has not answered after `quickMs` (see quickStartMs) and
 * nothing listens on the port, a second call starts the server again and the first client is
 * abandoned. Without a port to look at, a second call follows a call that waited out that deadline.
 */
export async function startServer(
  bin: string,
  env: Env,
  cwd: string,
  quickMs: number
): Promise<string | null> {
  const port = Number(env.SCCACHE_SERVER_PORT)
  const first = startCall(bin, env, cwd)
  const onPort = env.SCCACHE_SERVER_UDS === undefined && Number.isInteger(port) && port > 0
  let timer: NodeJS.Timeout | undefined
  const quiet = new Promise<null>((resolve) => (timer = setTimeout(resolve, quickMs, null)))
  const answer = onPort ? await Promise.race([first.result, quiet]) : await first.result
  clearTimeout(timer)
  if (answer !== null) {
    if (answer.code === 0) return null
    // Without a port to look at (SCCACHE_SERVER_UDS), the lost report shows as sccache's own
    // deadline; a server that was only slow is found by the second call. Other failures are final.
    if (!/Timed out waiting for server startup/.test(answer.stderr)) throw startFailure(bin, answer)
    const again = await startCall(bin, env, cwd).result
    if (again.code !== 0) throw startFailure(bin, again)
    return "the start-up call waited out sccache's deadline, so the server was started again"
  }
  const after = `${quickMs / 1000} s`
  if (await listening(port)) {
    first.abandon()
    return `the server listens on port ${port}, though its start-up call had not answered after ${after}`
  }
  const second = await startCall(bin, env, cwd).result
  first.abandon()
  const note = `the first start-up call had not answered after ${after} and nothing listened on port ${port}, so the server was started again`
  if (second.code === 0) return note
  // The first server may only have been slow, and hold the port by now.
  if (await listeningWithin(port, 10_000)) return `${note}; the first one came up after all`
  throw startFailure(bin, second)
}

/**
 * Starts the server on a port picked for it. `prepare(port)` gives what that start needs: the
 * process environment (`process`) and whatever else the caller derives from the port (it may
 * record the address first, so that a later stop finds it). Between the pick and the server's
 * bind another process can take the port: a server of a job beside this one, or the ephemeral
 * port of any connection. sccache then fails with "Address in use", and a new port is picked, up
 * to `attempts` starts in all. Returns the prepared value of the start that worked; throws what
 * the last start threw.
 */
export async function startOnFreePort<T extends { process: Env }>(o: {
  bin: string
  cwd: string
  quickMs: number
  attempts: number
  prepare: (port: number) => T
  pick?: () => Promise<number>
}): Promise<{ prepared: T; notes: string[] }> {
  const notes: string[] = []
  for (let attempt = 1; ; attempt++) {
    const port = await (o.pick ?? freePort)()
    const prepared = o.prepare(port)
    try {
      const note = await startServer(o.bin, prepared.process, o.cwd, o.quickMs)
      return { prepared, notes: note === null ? notes : [...notes, note] }
    } catch (error) {
      if (attempt >= o.attempts || !/Address (already )?in use/i.test((error as Error).message))
        throw error
      notes.push(
        `port ${port} was taken before the server could listen on it, so another was picked`
      )
    }
  }
}

/** The server's stats, or null when it does not answer with stats. */
export async function readStats(bin: string, env: Env): Promise<SccacheStats | null> {
  const result = await call(bin, ['--show-stats', '--stats-format', 'json'], env)
  return result.code === 0 ? parseStats(result.stdout) : null
}

export async function zeroStats(bin: string, env: Env): Promise<void> {
  await call(bin, ['--zero-stats'], env)
}

/**
 * Runs `sccache <rustc> -vV` the way cargo will, with the rustc cargo runs (so sccache has looked
 * at that compiler before the build); throws SccacheError when the wrapper fails.
 */
export async function probeWrapper(
  bin: string,
  env: Env,
  cwd: string,
  rustc: string
): Promise<void> {
  const result = await call(bin, [rustc, '-vV'], env, cwd)
  if (result.code !== 0 || !/^release: /m.test(result.stdout)) {
    const why = tail(`${result.stdout}\n${result.stderr}`) || `exit code ${result.code}`
    throw new SccacheError(`'${path.basename(bin)} ${rustc} -vV' failed: ${why}`)
  }
}

/** Stops the server; returns sccache's complaint, or null when it stopped. */
export async function stopServer(bin: string, env: Env): Promise<string | null> {
  const result = await call(bin, ['--stop-server'], env)
  return result.code === 0
    ? null
    : tail(`${result.stdout}\n${result.stderr}`) || `exit code ${result.code}`
}
