// The main step's sccache phase: get sccache, restore the local cache, start and probe the server,
// hand the post step what it needs, and after the build read this run's stats. Never throws:
// every problem is a warning and the build goes on without the wrapper.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from '../logger.js'
import type { CacheStats } from '../report/report.js'
import { cacheServiceAvailable, restoreDir } from './cache.js'
import { locateSccache } from './install.js'
import { cacheKeys } from './key.js'
import {
  freePort,
  probeWrapper,
  readStats,
  serverEnv,
  startServer,
  stopServer,
  zeroStats,
  type Backend
} from './server.js'
import { describeStats, hitRate } from './stats.js'
import type { Settings } from '../settings.js'

type Env = Record<string, string | undefined>

/** Everything the post step needs, serialised once into the `sccache` state. */
export interface SccacheState {
  bin: string
  /** The variables this run's server gets on top of the step's (null: removed). Never ACTIONS_*. */
  env: Record<string, string | null>
  backend: Backend
  saveCache: boolean
  /** Local backend with an Actions cache service: what to save and under which key. */
  local: { dir: string; key: string; matchedKey: string | null } | null
}

export const STATE_NAME = 'sccache'

export interface SccacheRun {
  /** Variables for the action's own cargo processes only. */
  buildEnv: Env
  /** This run's stats after the build, for the report and the outputs. */
  finish(): Promise<{ cache: CacheStats; hitRate: number | null; cacheHit: boolean }>
}

export interface SccacheInput {
  settings: Settings
  /** The build environment without the wrapper. */
  env: Env
  cwd: string
  rustcVersion: string
  targets: string[]
  workspaceRoot: string
  /** Profile and rustflags in effect: part of the cache key. */
  buildConfig: unknown
  logger: Logger
  saveState: (name: string, value: string) => void
}

function localDir(env: Env): string | null {
  if (env.SCCACHE_DIR) return path.resolve(env.SCCACHE_DIR)
  if (env.RUNNER_TEMP) return path.join(env.RUNNER_TEMP, 'rust-optimize-sccache')
  return null // sccache's own default directory; nothing to save without a runner
}

/**
 * What is built, for the cache key: jobs that build other packages, binaries or features of one
 * workspace would otherwise share a key, and the first to save would own it.
 */
export function buildSelection(s: Settings, workspaceRoot: string): Record<string, unknown> {
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

export async function setupSccache(input: SccacheInput): Promise<SccacheRun | null> {
  if (!input.settings.sccache) return null
  return input.logger.group('sccache', async () => {
    // Set once the server runs, so that an unexpected failure still stops it.
    const running: { stop: (() => Promise<unknown>) | null } = { stop: null }
    try {
      return await setup(input, running)
    } catch (error) {
      input.logger.warning(
        `sccache setup failed, building without it: ${error instanceof Error ? error.message : String(error)}`
      )
      await running.stop?.()
      return null
    }
  })
}

async function setup(
  input: SccacheInput,
  running: { stop: (() => Promise<unknown>) | null }
): Promise<SccacheRun | null> {
  const { settings, logger } = input
  const backend = settings.sccacheBackend
  let bin: string
  try {
    const found = await locateSccache(settings.sccacheVersion, input.env, (m) => logger.info(m))
    bin = found.path
    logger.info(`sccache: ${bin} (${found.source})`)
  } catch (error) {
    logger.warning(`sccache is not available, building without it: ${(error as Error).message}`)
    return null
  }

  const dir = backend === 'local' ? localDir(input.env) : null
  const env = serverEnv({
    backend,
    env: input.env,
    port: await freePort(),
    saveCache: settings.saveCache,
    dir,
    cacheKey: settings.cacheKey
  })
  const fullEnv: Env = { ...input.env, ...env }

  let local: SccacheState['local'] = null
  if (backend === 'local' && dir !== null && cacheServiceAvailable()) {
    const lock = path.join(input.workspaceRoot, 'Cargo.lock')
    const keys = cacheKeys({
      platform: process.platform,
      arch: process.arch,
      rustcVersion: input.rustcVersion,
      targets: input.targets,
      buildConfig: { ...buildSelection(settings, input.workspaceRoot), config: input.buildConfig },
      lockfile: existsSync(lock) ? readFileSync(lock, 'utf8') : null,
      extra: settings.cacheKey
    })
    logger.info(`cache key: ${keys.key}\nrestore keys: ${keys.restoreKeys.join(', ')}`)
    const restored = await restoreDir(dir, keys.key, keys.restoreKeys)
    if (restored.problem !== null) logger.warning(`sccache cache not restored: ${restored.problem}`)
    else
      logger.info(
        restored.matchedKey === null
          ? 'no cache entry matched: starting with an empty cache'
          : `restored ${restored.matchedKey}${restored.matchedKey === keys.key ? ' (exact hit)' : ' (prefix match)'}`
      )
    local = { dir, key: keys.key, matchedKey: restored.matchedKey }
  } else if (backend === 'local') {
    logger.info('No Actions cache service here: the sccache directory is not restored or saved')
  }

  try {
    await startServer(bin, fullEnv)
  } catch (error) {
    logger.warning(`sccache could not start, building without it: ${(error as Error).message}`)
    return null
  }
  running.stop = () => stopServer(bin, fullEnv)
  const state: SccacheState = {
    bin,
    env: Object.fromEntries(
      Object.entries(env)
        .filter(([name]) => !name.startsWith('ACTIONS_')) // the post step has those; no tokens in state
        .map(([name, value]) => [name, value ?? null])
    ),
    backend,
    saveCache: settings.saveCache,
    local
  }
  // From here on the post step stops the server, whatever happens to the build.
  input.saveState(STATE_NAME, JSON.stringify(state))
  try {
    await zeroStats(bin, fullEnv)
    if ((await readStats(bin, fullEnv)) === null)
      throw new Error('the server does not answer with stats')
    await probeWrapper(bin, fullEnv, input.cwd)
  } catch (error) {
    logger.warning(`sccache does not work, building without it: ${(error as Error).message}`)
    await stopServer(bin, fullEnv)
    return null
  }
  logger.info(`sccache server started (${backend} backend)`)

  return {
    buildEnv: { ...env, RUSTC_WRAPPER: bin, CARGO_INCREMENTAL: '0' },
    finish: async () => {
      const stats = await readStats(bin, fullEnv)
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
      const restoredNote =
        local === null
          ? undefined
          : local.matchedKey === null
            ? 'cache entry not found'
            : cacheHit
              ? 'cache restored (exact key)'
              : 'cache restored (prefix match)'
      return {
        cache: {
          hitRate: rate,
          hits: stats.hits,
          misses: stats.misses,
          backend,
          note: restoredNote
        },
        hitRate: rate,
        cacheHit
      }
    }
  }
}
