// The sccache server of this run: its environment, start, probes, stats and stop. Thin effects.
import net from 'node:net'
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
 * Starts the server in `cwd` (the daemon keeps it, so never a directory that is only borrowed for
 * a while); throws SccacheError with sccache's own words when it does not come up.
 */
export async function startServer(bin: string, env: Env, cwd: string): Promise<void> {
  const result = await call(bin, ['--start-server'], env, cwd, START_TIMEOUT_MS)
  if (result.code !== 0) {
    const why = tail(`${result.stdout}\n${result.stderr}`) || `exit code ${result.code}`
    throw new SccacheError(`'${path.basename(bin)} --start-server' failed: ${why}`)
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

/** Runs `sccache rustc -vV` the way cargo will; throws SccacheError when the wrapper fails. */
export async function probeWrapper(bin: string, env: Env, cwd: string): Promise<void> {
  const result = await call(bin, ['rustc', '-vV'], env, cwd)
  if (result.code !== 0 || !/^release: /m.test(result.stdout)) {
    const why = tail(`${result.stdout}\n${result.stderr}`) || `exit code ${result.code}`
    throw new SccacheError(`'${path.basename(bin)} rustc -vV' failed: ${why}`)
  }
}

/** Stops the server; returns sccache's complaint, or null when it stopped. */
export async function stopServer(bin: string, env: Env): Promise<string | null> {
  const result = await call(bin, ['--stop-server'], env)
  return result.code === 0
    ? null
    : tail(`${result.stdout}\n${result.stderr}`) || `exit code ${result.code}`
}
