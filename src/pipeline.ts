// Orchestration only: runs the phases in order. Decisions live in pure modules, effects in thin ones.
import type { AutoBaseline } from './report/baseline-auto.js'
import { runBuilds, type BuildPhaseResult } from './phases/build.js'
import type { Env } from './env.js'
import type { Logger } from './logger.js'
import type { ProfilePlan } from './cargo/profile.js'
import { assertProfileDefined } from './cargo/project.js'
import { publish, type PublishResult } from './phases/publish.js'
import type { RustflagsPlan } from './cargo/rustflags.js'
import { cachesPhase, preloadCaches, type Caches } from './phases/caches.js'
import { resolveWarmCache, WARM_VARIABLE, type WarmCacheMode } from './warm/inputs.js'
import { guardNewLockfile, type NewLockfileGuard } from './cargo/lockfile.js'
import path from 'node:path'
import { isPgoNoise, type PgoRun } from './pgo/phase.js'
import type { Settings } from './settings.js'
import type { Artifact } from './report/sizes.js'
import { recordIdentity } from './report/size-record.js'
import { jobKey } from './report/job-key.js'
import { tunePhase } from './tune/wire.js'
import { dropFiles, shippedNote, swapInWinner } from './tune/ship.js'
import { builtTargetDirectory, writeChecksums } from './supply/checksums.js'
import { ShippedUnits } from './supply/metadata.js'
import { supplyChain } from './supply/phase.js'
import {
  logSettings,
  pgoPhase,
  profilePhase,
  rustflagsPhase,
  startProbes,
  startRun,
  targetsPhase,
  withoutRunnerTokens,
  type Profiled,
  type RunContext,
  type RustflagsPhase
} from './phases/prepare.js'

export { BuildFailed } from './phases/build.js'
export type PipelineResult = PublishResult

export interface PipelineHooks {
  /** Hands a value to the post step (the action) or to the end of the run (the CLI). */
  saveState?: (name: string, value: string) => void
}

export async function runPipeline(
  settings: Settings,
  env: Env,
  logger: Logger,
  hooks: PipelineHooks = {}
): Promise<PipelineResult> {
  // Validated before anything is installed.
  const { mode: warmMode, warning: warmWarning } = resolveWarmCache(
    settings.warmCache,
    env[WARM_VARIABLE]
  )
  if (warmWarning !== null) logger.warning(warmWarning)
  const cwd = settings.workingDirectory
  assertProfileDefined(settings.profile, cwd, settings.manifestPath, settings.cargoArgs, env)
  // Before anything runs cargo: a Cargo.lock cargo creates leaves the user's tree at the end.
  const lock = guardNewLockfile(
    settings.manifestPath === null ? cwd : path.dirname(settings.manifestPath),
    logger
  )
  try {
    return await runStages(settings, env, logger, hooks, { warmMode, lock })
  } finally {
    lock.finish() // a failed run (after a successful one, the lock has already moved)
  }
}

async function runStages(
  settings: Settings,
  env: Env,
  logger: Logger,
  hooks: PipelineHooks,
  { warmMode, lock }: { warmMode: WarmCacheMode; lock: NewLockfileGuard }
): Promise<PipelineResult> {
  preloadCaches(settings, warmMode)
  const c = await startRun(settings, env, logger)
  const { project: projectRead, probes, breakdown: breakdownReady } = startProbes(c)
  projectRead.then((p) => lock.known(p)).catch(() => undefined) // its failure is the profile phase's
  await logSettings(c)
  const prepared = await pgoPhase(c)
  const pgo = settings.tune.mode === 'none' ? prepared : null
  const profiled = await profilePhase(c, projectRead)
  const setup = await targetsPhase(c, profiled.project)
  const rustflags = await rustflagsPhase(c, probes, pgo)
  const saveState = hooks.saveState ?? (() => undefined)
  const caches = await cachesPhase(
    c,
    profiled,
    rustflags.flags,
    pgo,
    warmMode,
    saveState,
    breakdownReady
  )

  const envOf = buildEnvOf(c, setup, caches)
  const measured = caches.breakdown.envFor({ ...c.baseEnv, ...(caches.sccache?.buildEnv ?? {}) })
  const tuned = await tuneStep(c, profiled, rustflags, prepared, envOf)
  const plan = tuned?.plan ?? profiled.plan
  const flags = tuned?.flags ?? rustflags.flags
  // The shipped build's environment: envOf plus the size breakdown's measuring.
  const envWith = (plans: RustflagsPlan[]) => (triple: string) =>
    withoutRunnerTokens({ ...envOf(plan, plans, triple), ...measured })
  const split = (profiled.symbols?.shippedStrip ?? null) !== null
  const kept = tuned?.outcome.kept
  const builds = await buildPhase(c, {
    profiled,
    plan,
    envWith,
    flags,
    rustflags,
    baselineEnv: (triple) => ({
      ...c.baseEnv,
      ...setup.envFor(triple),
      ...caches.breakdown.envFor(c.baseEnv)
    }),
    caches,
    pgo,
    // tune ships the files it measured (not with debug-symbols: those are split from a new link).
    ship:
      tuned && kept && !split
        ? swapInWinner(kept, tuned.outcome.winner.name, tuned.outcome.notes)
        : undefined
  }).finally(() => dropFiles(kept))
  if (tuned && kept) {
    const why = split
      ? 'debug-symbols links them unstripped and splits them'
      : settings.auditable
        ? 'auditable adds their dependency list after the link'
        : null
    const note = shippedNote(builds.built, kept, tuned.outcome.winner.name, why)
    if (note !== null) tuned.outcome.notes.push(note)
  }
  // cargo has run for the last time in this run.
  const lockNote = lock.finish(builds.built.map((a) => a.path))
  const targetDir = builtTargetDirectory(builds.built, profiled.project.targetDirectory)
  const checksums = writeChecksums(targetDir, [
    ...builds.built,
    ...builds.built.flatMap((a) => (a.sbom ? [a.sbom] : []))
  ])
  logger.info(`Checksums of the artifacts: ${checksums}`)

  const key = jobKey(settings.commentKey, {
    ...settings,
    env,
    host: c.toolchain.host,
    targets: c.targets
  })
  const auto = await autoBaseline(c, key)
  return publish({
    settings,
    env,
    logger,
    targets: c.targets,
    jobKey: key,
    built: builds.built,
    checksums,
    baseline: auto?.baseline ?? builds.baseline,
    baselineNote: auto?.note ?? builds.baselineNote,
    auto,
    plan,
    rustflags: flags,
    rustc: c.toolchain.versionText,
    sccache: caches.stats(),
    notes: [...setup.notes, ...rustflags.cpuNotes, ...(lockNote === null ? [] : [lockNote])],
    pgo: pgo !== null ? { profiles: pgo.profiles(), report: pgo.report() } : (tuned?.pgo ?? null),
    tune: tuned?.outcome ?? null
  })
}

/** The environment of a build of `triple` with profile plan `p` and rustflags plans `f`. */
function buildEnvOf(
  c: RunContext,
  setup: Awaited<ReturnType<typeof targetsPhase>>,
  caches: Caches
): (p: ProfilePlan, f: RustflagsPlan[], triple: string) => Env {
  return (p, f, triple) =>
    withoutRunnerTokens({
      ...c.baseEnv,
      ...p.env,
      ...(f.find((r) => r.triple === triple)?.env ?? {}),
      ...setup.envFor(triple),
      ...(caches.sccache?.buildEnv ?? {})
    })
}

/** `tune`: builds and measures the candidates; null when tune is off. */
function tuneStep(
  c: RunContext,
  profiled: Profiled,
  rustflags: RustflagsPhase,
  prepared: PgoRun | null,
  envOf: (p: ProfilePlan, f: RustflagsPlan[], triple: string) => Env
): ReturnType<typeof tunePhase> | null {
  const { settings } = c
  if (settings.tune.mode === 'none') return null
  return tunePhase({
    tune: settings.tune,
    benchmark: settings.benchmark,
    preset: settings.preset,
    cpuVaries: settings.targetCpu.mode === 'auto',
    settings,
    project: profiled.project,
    targets: c.targets,
    host: c.toolchain.host,
    user: profiled.user,
    merge: profiled.merge,
    rustflags: rustflags.rustflagsFor,
    cpuAsSet: rustflags.cpuOf,
    envOf,
    runEnv: c.baseEnv,
    logger: c.logger,
    pgoProfile: settings.pgo?.kind === 'profile' ? settings.pgo.path : null,
    pgoTrain:
      prepared !== null && settings.pgo?.kind === 'train'
        ? { run: prepared, lines: settings.pgo.lines.map((l) => l.text) }
        : null
  })
}

interface BuildStep {
  profiled: Profiled
  /** The shipped profile plan (tune's winner, or the preset's). */
  plan: ProfilePlan
  /** The shipped build's environment for a target, with these rustflags plans. */
  envWith: (plans: RustflagsPlan[]) => (triple: string) => Env
  flags: RustflagsPlan[]
  rustflags: RustflagsPhase
  baselineEnv: (triple: string) => Env
  caches: Caches
  pgo: PgoRun | null
  ship?: (built: Artifact[]) => Promise<Artifact[]>
}

/** The shipped build (and the `profile` baseline), with PGO's cycle around it when on. */
function buildPhase(c: RunContext, b: BuildStep): Promise<BuildPhaseResult> {
  const { pgo, envWith, rustflags, caches } = b
  const warm = caches.warm
  const units = c.settings.sbom || c.settings.auditable ? new ShippedUnits() : null
  return runBuilds({
    settings: c.settings,
    project: b.profiled.project,
    targets: c.targets,
    host: c.toolchain.host,
    logger: c.logger,
    buildEnv: envWith(b.flags),
    profileArgs: b.plan.cliArgs,
    baselineEnv: b.baselineEnv,
    toolEnv: c.baseEnv,
    shippedStrip: b.profiled.symbols?.shippedStrip ?? null,
    onCargoMessage: (msg, triple) => {
      warm?.observe(msg)
      units?.observe(msg, triple)
    },
    afterShipped: units === null ? undefined : (built) => supplyChain(c, units, built),
    afterBuild: caches.finish,
    ship: b.ship,
    ...(pgo === null
      ? {}
      : {
          beforeBuild: (build) =>
            pgo.train(c.targets, (triple, more, dir) =>
              build('PGO: instrumented build', envWith(rustflags.flagsWith(() => more)), dir, [
                triple
              ])
            ),
          quiet: isPgoNoise,
          checkBuild: (diagnostics) => pgo.check(diagnostics),
          afterOptimized: (build, optimized) =>
            pgo.benchmark(
              (dir) =>
                build(
                  'PGO: build without PGO for the benchmark',
                  envWith(rustflags.flagsWith(() => [])),
                  dir
                ),
              optimized
            )
        })
  })
}

/** `baseline: auto`: the size record to compare with (null for other baselines). */
async function autoBaseline(c: RunContext, key: string): Promise<AutoBaseline | null> {
  if (c.settings.baseline !== 'auto') return null
  const identity = recordIdentity(key, c.settings.cacheKey)
  // Loaded only when used: it brings @actions/cache, the heaviest part of the bundle.
  const { lookupBaseline } = await import('./report/baseline-auto.js')
  return lookupBaseline({ env: c.env, saveCache: c.settings.saveCache, identity, logger: c.logger })
}
