// The caches phase: sccache (restore, server) and the warm entry of what sccache cannot cache
// (restore, place) run side by side; then the size breakdown's wrapper, started earlier, is awaited.
import type { PgoRun } from '../pgo/phase.js'
import type { BreakdownSetup } from '../breakdown/setup.js'
import type { RustflagsPlan } from '../cargo/rustflags.js'
import { bufferedLogger } from '../logger.js'
import type { Profiled, RunContext } from './prepare.js'
import type { Settings } from '../settings.js'
import { selectionKey, setupSccache } from '../sccache/setup.js'
import { cargoRustc, sysrootRustc } from '../toolchain/cargo-rustc.js'
import { warmEnabled, type WarmCacheMode } from '../warm/inputs.js'
import type { WarmOptions, WarmRun } from '../warm/warm.js'

type Sccache = Awaited<ReturnType<typeof setupSccache>>
type SccacheStats = Awaited<ReturnType<NonNullable<Sccache>['finish']>>

export interface Caches {
  sccache: Sccache | null
  warm: WarmRun | null
  breakdown: BreakdownSetup
  /** sccache's numbers once the build is done (null: sccache off). */
  stats: () => SccacheStats | null
  /** Called once the shipped build is done: reads sccache's numbers, stages the warm entry. */
  finish: () => Promise<void>
}

type BuildConfig = Record<string, unknown>

function startSccache(
  c: RunContext,
  profiled: Profiled,
  buildConfig: BuildConfig,
  saveState: (name: string, value: string) => void
): Promise<Sccache | null> {
  const { settings } = c
  if (!settings.sccache) return Promise.resolve(null)
  return setupSccache({
    backend: settings.sccacheBackend,
    version: settings.sccacheVersion,
    saveCache: settings.saveCache,
    cacheKey: settings.cacheKey,
    selection: settings,
    env: { ...c.env, ...c.toolchain.env }, // the server of the gha backend needs the cache token
    cwd: c.cwd,
    rustc: cargoRustc({
      env: c.baseEnv,
      configs: [...c.configs, ...c.cliConfigs],
      rustup: c.toolchain.rustup,
      own: sysrootRustc(c.toolchain.sysroot)
    }),
    rustcVersion: c.toolchain.versionText,
    targets: c.targets,
    workspaceRoot: profiled.project.workspaceRoot,
    buildConfig,
    logger: c.logger,
    saveState
  })
}

function warmOptions(
  c: RunContext,
  profiled: Profiled,
  flags: RustflagsPlan[],
  buildConfig: BuildConfig
): Omit<WarmOptions, 'logger' | 'saveState'> {
  const { settings } = c
  const { project } = profiled
  return {
    saveCache: settings.saveCache,
    env: c.baseEnv,
    targetDir: project.targetDirectory,
    workspaceRoot: project.workspaceRoot,
    keyParts: {
      platform: process.platform,
      arch: process.arch,
      rustcVersion: c.toolchain.versionText,
      targets: c.targets,
      buildConfig: {
        ...selectionKey(settings, project.workspaceRoot),
        config: buildConfig,
        // The flags cargo will use, from whichever source: fingerprints depend on them.
        userRustflags: flags.map((f) => [f.triple, f.userFlags])
      },
      extra: settings.cacheKey
    }
  }
}

/**
 * Starts loading what the caches phase will import (@actions/cache, the heaviest part of the
 * bundle, and sccache's installer), so that it loads while the toolchain probes run rather than on
 * the way to the first restore. A load that fails shows where the phase imports the module.
 */
export function preloadCaches(
  settings: Pick<Settings, 'sccache' | 'sccacheBackend'>,
  warmMode: WarmCacheMode
): void {
  const { sccache, sccacheBackend } = settings
  const loads: Promise<unknown>[] = []
  if (sccache) loads.push(import('../sccache/install.js'))
  if (sccache && sccacheBackend === 'local') loads.push(import('../sccache/cache.js'))
  if (warmEnabled(warmMode, sccache, sccacheBackend)) loads.push(import('../warm/warm.js'))
  for (const load of loads) load.catch(() => undefined)
}

/**
 * sccache, the warm entry and the size breakdown's wrapper. The two cache restores are
 * independent (other entries, other directories) and run at once; the warm entry's messages are
 * held back and shown after sccache's, in a group of their own.
 */
export async function cachesPhase(
  c: RunContext,
  profiled: Profiled,
  flags: RustflagsPlan[],
  pgo: PgoRun | null,
  warmMode: WarmCacheMode,
  saveState: (name: string, value: string) => void,
  breakdownReady: () => Promise<BreakdownSetup>
): Promise<Caches> {
  const { settings, logger } = c
  const buildConfig = {
    profile: settings.profile,
    env: profiled.plan.env,
    rustflags: flags.map((f) => f.env),
    // Whether and how PGO ran: instrumented and profile-guided objects never share entries.
    ...(pgo === null ? {} : { pgo: pgo.keyPart })
  }
  const held = bufferedLogger()
  const warmStarted = !warmEnabled(warmMode, settings.sccache, settings.sccacheBackend)
    ? Promise.resolve(null)
    : // Loaded only when used, like the sccache cache: it brings @actions/cache.
      import('../warm/warm.js').then(({ setupWarm }) =>
        setupWarm({
          ...warmOptions(c, profiled, flags, buildConfig),
          logger: held.logger,
          saveState
        })
      )
  warmStarted.catch(() => undefined) // awaited below, after sccache
  const sccache = await startSccache(c, profiled, buildConfig, saveState)
  const warm = await warmStarted.finally(() => held.replay(logger))
  const breakdown = await breakdownReady()
  let stats: SccacheStats | null = null
  const finish = async (): Promise<void> => {
    stats = sccache === null ? null : await sccache.finish()
    warm?.stage()
  }
  return { sccache, warm, breakdown, stats: () => stats, finish }
}
