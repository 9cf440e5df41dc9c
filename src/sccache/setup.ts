// The main step's sccache phase: get sccache, restore the local cache, start and probe the server,
// hand the post step what it needs, and after the build read this run's stats. Never throws:
// every problem is a warning and the build goes on without the wrapper.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from '../logger.js'
import type { CacheStats } from '../report/report.js'
import { cacheKeys } from './key.js'
import {
  probeWrapper,
  quickStartMs,
  readStats,
  serverEnv,
  serverProcessEnv,
  SccacheError,
  startOnFreePort,
  stopServer,
  zeroStats,
  type Backend
} from './server.js'
import { STATE_NAME, STOP_STATE_NAME } from './state-names.js'
import { describeStats, hitRate } from './stats.js'

import type { Env } from '../env.js'

/** Everything the post step needs, serialised once into the `sccache` state. */
export interface SccacheState {
  bin: string
  /** The variables this run's server gets on top of the step's (null: removed). Never ACTIONS_*. */
  env: Record<string, string | null>
  backend: Backend
  saveCache: boolean
  /** Local backend with an Actions cache service: what to save and under which key. */
  local: {
    dir: string
    key: string
    matchedKey: string | null
    /** Epoch ms, a second before the restore ended: what sccache writes or serves later is newer. */
    since: number
    /** False when the directory is the user's SCCACHE_DIR: then nothing in it is deleted. */
    owned: boolean
  } | null
}

export { STATE_NAME, STOP_STATE_NAME }

export interface SccacheRun {
  /** Variables for the action's own cargo processes only. */
  buildEnv: Env
  /** This run's stats after the build, for the report and the outputs. */
  finish(): Promise<{ cache: CacheStats; hitRate: number | null; cacheHit: boolean }>
}

/** What is built, for the cache key (a subset of the settings). */
export interface BuildSelection {
  packages: string[]
  bins: string[]
  features: string[]
  allFeatures: boolean
  noDefaultFeatures: boolean
  cargoArgs: string[]
  manifestPath: string | null
}

export interface SccacheOptions {
  backend: Backend
  /** The release to download when sccache is not installed. */
  version: string
  saveCache: boolean
  cacheKey: string
  selection: BuildSelection
  /** The build environment without the wrapper (runner variables included: gha needs some). */
  env: Env
  cwd: string
  /** The rustc cargo runs (see cargo-rustc.ts): the wrapper probe hands it to sccache. */
  rustc: string
  rustcVersion: string
  targets: string[]
  workspaceRoot: string
  /** Profile and rustflags in effect: part of the cache key. */
  buildConfig: unknown
  logger: Logger
  saveState: (name: string, value: string) => void
}

type LocalState = SccacheState['local']

function localDir(env: Env): string | null {
  if (env.SCCACHE_DIR) return path.resolve(env.SCCACHE_DIR)
  if (env.RUNNER_TEMP) return path.join(env.RUNNER_TEMP, 'rust-optimize-sccache')
  return null // sccache's own default directory; nothing to save without a runner
}

/**
 * What is built, for the cache key: jobs that build other packages, binaries or features of one
 * workspace would otherwise share a key, and the first to save would own it.
 */
export function selectionKey(s: BuildSelection, workspaceRoot: string): Record<string, unknown> {
  return {
    packages: s.packages,
    bins: s.bins,
    features: s.features,
    allFeatures: s.allFeatures,
    noDefaultFeatures: s.noDefaultFeatures,
    cargoArgs: s.cargoArgs,
    manifest: s.manifestPath === null ? null : path.relative(workspaceRoot, s.manifestPath)
  }
}

export async function setupSccache(o: SccacheOptions): Promise<SccacheRun | null> {
  return o.logger.group('sccache', async () => {
    // Set once the server runs, so that an unexpected failure still stops it.
    const running: { stop: (() => Promise<unknown>) | null } = { stop: null }
    try {
      return await setup(o, running)
    } catch (error) {
      o.logger.warning(
        `sccache setup failed, building without it: ${error instanceof Error ? error.message : String(error)}`
      )
      await running.stop?.()
      return null
    }
  })
}

async function locate(o: SccacheOptions): Promise<string | null> {
  try {
    // Loaded only when used, like @actions/tool-cache behind it.
    const { locateSccache } = await import('./install.js')
    const found = await locateSccache({
      tag: o.version,
      env: o.env,
      log: (m) => o.logger.info(m),
      warn: (m) => o.logger.warning(m)
    })
    o.logger.info(`sccache: ${found.path} (${found.source})`)
    return found.path
  } catch (error) {
    o.logger.warning(`sccache is not available, building without it: ${(error as Error).message}`)
    return null
  }
}

/** Restores the local backend's directory from the Actions cache, when there is a service. */
async function restoreLocal(o: SccacheOptions, dir: string | null): Promise<LocalState> {
  if (o.backend !== 'local') return null
  // Loaded only when used: @actions/cache is the heaviest part of the bundle.
  const { cacheServiceAvailable, restoreDir } = await import('./cache.js')
  if (dir === null || !cacheServiceAvailable()) {
    o.logger.info('No Actions cache service here: the sccache directory is not restored or saved')
    return null
  }
  const lock = path.join(o.workspaceRoot, 'Cargo.lock')
  const keys = cacheKeys({
    platform: process.platform,
    arch: process.arch,
    rustcVersion: o.rustcVersion,
    targets: o.targets,
    buildConfig: { ...selectionKey(o.selection, o.workspaceRoot), config: o.buildConfig },
    lockfile: existsSync(lock) ? readFileSync(lock, 'utf8') : null,
    extra: o.cacheKey
  })
  o.logger.info(`cache key: ${keys.key}\nrestore keys: ${keys.restoreKeys.join(', ')}`)
  const restored = await restoreDir(dir, keys.key, keys.restoreKeys)
  if (restored.problem !== null) o.logger.warning(`sccache cache not restored: ${restored.problem}`)
  else
    o.logger.info(
      restored.matchedKey === null
        ? 'no cache entry matched: starting with an empty cache'
        : `restored ${restored.matchedKey}${restored.matchedKey === keys.key ? ' (exact hit)' : ' (prefix match)'}`
    )
  // A second of slack: the file system's clock is coarser than Date.now().
  const since = Date.now() - 1000
  return { dir, key: keys.key, matchedKey: restored.matchedKey, since, owned: !o.env.SCCACHE_DIR }
}

/** The variables of the state: no ACTIONS_* (the post step has its own; no tokens in state). */
function stateVariables(env: Env): Record<string, string | null> {
  return Object.fromEntries(
    Object.entries(env)
      .filter(([name]) => !name.startsWith('ACTIONS_'))
      .map(([name, value]) => [name, value ?? null])
  )
}

async function setup(
  o: SccacheOptions,
  running: { stop: (() => Promise<unknown>) | null }
): Promise<SccacheRun | null> {
  const { logger, backend } = o
  const bin = await locate(o)
  if (bin === null) return null
  const dir = backend === 'local' ? localDir(o.env) : null
  const local = await restoreLocal(o, dir)
  // The port is chosen after the restore, right before the server binds it: the restore's own
  // connections take ephemeral ports too, and another restore may be running beside this one.
  const ownPort = o.env.SCCACHE_SERVER_PORT === undefined && o.env.SCCACHE_SERVER_UDS === undefined
  let started: Awaited<ReturnType<typeof startOnFreePort<{ own: Env; process: Env }>>>
  try {
    started = await startOnFreePort({
      bin,
      cwd: o.cwd,
      quickMs: quickStartMs(backend),
      attempts: ownPort ? 3 : 1,
      prepare: (port) => {
        // The server and every client call of ours: runner tokens only where the backend needs them.
        const own = serverEnv({
          backend,
          env: o.env,
          port,
          saveCache: o.saveCache,
          dir,
          cacheKey: o.cacheKey
        })
        const whole = serverProcessEnv(o.env, own)
        const address = Object.fromEntries(
          ['SCCACHE_SERVER_PORT', 'SCCACHE_SERVER_UDS'].map((n) => [n, whole[n] ?? null])
        )
        o.saveState(STOP_STATE_NAME, JSON.stringify({ bin, env: address }))
        return { own, process: whole }
      }
    })
  } catch (error) {
    // Anything else (a state file that cannot be written) is the outer handler's.
    if (!(error instanceof SccacheError)) throw error
    logger.warning(`sccache could not start, building without it: ${error.message}`)
    return null
  }
  for (const note of started.notes) logger.info(`sccache start: ${note}`)
  const { own: env, process: processEnv } = started.prepared
  running.stop = () => stopServer(bin, processEnv)
  const state: SccacheState = {
    bin,
    env: stateVariables(env),
    backend,
    saveCache: o.saveCache,
    local
  }
  // From here on the post step stops the server, whatever happens to the build.
  o.saveState(STATE_NAME, JSON.stringify(state))
  try {
    await zeroStats(bin, processEnv)
    if ((await readStats(bin, processEnv)) === null)
      throw new Error('the server does not answer with stats')
    await probeWrapper(bin, processEnv, o.cwd, o.rustc)
  } catch (error) {
    logger.warning(`sccache does not work, building without it: ${(error as Error).message}`)
    await stopServer(bin, processEnv)
    return null
  }
  logger.info(`sccache server started (${backend} backend; compiler ${o.rustc})`)
  return {
    buildEnv: { ...env, RUSTC_WRAPPER: bin, CARGO_INCREMENTAL: '0' },
    finish: () => finish(bin, processEnv, local, backend, logger)
  }
}

/** This run's stats after the build. */
async function finish(
  bin: string,
  env: Env,
  local: LocalState,
  backend: Backend,
  logger: Logger
): ReturnType<SccacheRun['finish']> {
  const stats = await readStats(bin, env)
  const cacheHit = local !== null && local.matchedKey === local.key
  if (stats === null) {
    logger.warning('sccache did not report stats after the build')
    return {
      cache: { hitRate: null, hits: 0, misses: 0, backend, note: 'no stats' },
      hitRate: null,
      cacheHit
    }
  }
  logger.info(`sccache: ${describeStats(stats)}`)
  const rate = hitRate(stats)
  const note =
    local === null
      ? undefined
      : local.matchedKey === null
        ? 'cache entry not found'
        : cacheHit
          ? 'cache restored (exact key)'
          : 'cache restored (prefix match)'
  return {
    cache: { hitRate: rate, hits: stats.hits, misses: stats.misses, backend, note },
    hitRate: rate,
    cacheHit
  }
}
