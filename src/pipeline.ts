// Orchestration only: runs the phases in order. Decisions live in pure modules, effects in thin ones.
import type { AutoBaseline } from './report/baseline-auto.js'
import { runBuilds } from './build-phase.js'
import type { Env } from './env.js'
import { cliConfigs, prepareTargets } from './toolchain/cross.js'
import { FORCED_NOTE, planDebugSymbols } from './cargo/debug-symbols.js'
import type { Logger } from './logger.js'
import {
  planProfile,
  resolveUserProfile,
  type MergeOptions,
  type ProfilePlan
} from './cargo/profile.js'
import { assertProfileDefined, profileSources, readProject } from './cargo/project.js'
import { publish, type PublishResult } from './publish-phase.js'
import { PANIC_NOTICE } from './report/report.js'
import { planRustflags, usesAuto, wantedCpu, type RustflagsPlan } from './cargo/rustflags.js'
import { autoCpuNote } from './cargo/presets.js'
import { configArgs, userRustflags, type UserRustflags } from './cargo/rustflags-probe.js'
import { selectionKey, setupSccache } from './sccache/setup.js'
import { parseWarmCache, WARM_VARIABLE, warmEnabled } from './warm/inputs.js'
import { prepareBreakdownEarly } from './breakdown/setup.js'
import { isPgoNoise, preparePgo, type PgoRun } from './pgo/phase.js'
import os from 'node:os'
import type { Settings } from './settings.js'
import { recordIdentity } from './report/size-record.js'
import { jobKey } from './report/job-key.js'
import { resolveToolchain, type Toolchain } from './toolchain/toolchain.js'
import { tunePhase } from './tune/wire.js'

export { BuildFailed } from './build-phase.js'
export type PipelineResult = PublishResult

export interface PipelineHooks {
  /** Hands a value to the post step (the action) or to the end of the run (the CLI). */
  saveState?: (name: string, value: string) => void
}

/** The environment without the runner's ACTIONS_* variables (cache service and OIDC tokens). */
function withoutRunnerTokens(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^ACTIONS_/i.test(name)))
}

function describeSettings(s: Settings, t: Toolchain, targets: string[]): string {
  const lines = [
    `working-directory: ${s.workingDirectory}`,
    `manifest-path: ${s.manifestPath ?? '(found by cargo)'}`,
    `toolchain: ${s.toolchain ?? '(selected by rustup)'} → rustc ${t.release}, host ${t.host}`,
    `targets: ${targets.join(', ')}, cross-linker: ${s.crossLinker}`,
    `preset: ${s.preset}, profile: ${s.profile}, respect-user-profile: ${s.respectUserProfile}`,
    `overrides: ${JSON.stringify(s.overrides)}`,
    `target-cpu: ${JSON.stringify(s.targetCpu)}, rustflags: ${JSON.stringify(s.rustflags)}`,
    `sccache: ${s.sccache} (${s.sccacheBackend}), baseline: ${s.baseline}, comment: ${s.comment}`,
    `size-budget: ${s.sizeBudget?.raw ?? '(none)'}, debug-symbols: ${s.debugSymbols}`,
    `caches: ${s.saveCache ? 'restored and saved' : `restored only (${s.saveCacheNote})`}`,
    `pgo: ${s.pgo === null ? 'off' : s.pgo.kind === 'train' ? `train with ${s.pgo.lines.length} command(s)` : `profile ${s.pgo.path}`}${s.benchmark.length > 0 ? `, benchmark: ${s.benchmark.length} command(s)` : ''}`,
    `tune: ${s.tune.mode}`
  ]
  return lines.join('\n')
}

export async function runPipeline(
  settings: Settings,
  env: Env,
  logger: Logger,
  hooks: PipelineHooks = {}
): Promise<PipelineResult> {
  const warmMode = parseWarmCache(env[WARM_VARIABLE]) // validated before anything is installed
  const cwd = settings.workingDirectory
  assertProfileDefined(settings.profile, cwd, settings.manifestPath, settings.cargoArgs, env)
  const toolchain = await logger.group('Toolchain', () =>
    resolveToolchain(settings.toolchain, cwd, env, {
      log: (m) => logger.info(m),
      warn: (m) => logger.warning(m)
    })
  )
  const targets = settings.targets.length > 0 ? settings.targets : [toolchain.host]
  // Runner credentials (cache and OIDC tokens) stay with the action: cargo, build scripts and
  // proc-macros never see them, as in a plain `run: cargo build` step.
  const baseEnv: Env = withoutRunnerTokens({ ...env, ...toolchain.env })
  // cargo metadata and the rustflags probes need only the toolchain: they run side by side with
  // the next phases.
  const projectRead = readProject(cwd, settings.manifestPath, baseEnv)
  const probes = projectRead.then((project) => {
    const configs = [...project.configs, ...cliConfigs(settings.cargoArgs, cwd)]
    return Promise.all(
      targets.map((triple) =>
        userRustflags({
          cwd,
          triple,
          manifestPath: settings.manifestPath,
          configArgs: configArgs(settings.cargoArgs),
          env: baseEnv,
          configs,
          // PGO's flags, and tune's candidates, may add flags the preset's plan does not.
          adds:
            wantedCpu(settings.targetCpu, settings.preset, triple) !== null ||
            settings.rustflags.length > 0 ||
            settings.pgo !== null ||
            settings.tune.mode !== 'none',
          nightly: /-(nightly|dev)\b/.test(toolchain.release)
        })
      )
    )
  })
  probes.catch(() => undefined) // awaited in the Rustflags phase
  // The link-map wrapper (compiled on a first run) is made ready while the next phases run.
  const breakdownReady = prepareBreakdownEarly({
    enabled: settings.sizeBreakdown,
    targets,
    env: baseEnv,
    rustcVersion: toolchain.versionText,
    project: projectRead,
    logger
  })
  await logger.group('Settings', async () =>
    logger.info(describeSettings(settings, toolchain, targets))
  )

  // PGO's tools are found before anything is built. With tune, PGO is a candidate of
  // `tune: speed` (src/tune), not a phase of its own: trained there with `pgo-train`.
  let prepared: PgoRun | null = null
  if (settings.pgo !== null && (settings.tune.mode === 'none' || settings.pgo.kind === 'train')) {
    const mode = settings.pgo
    prepared = await logger.group('PGO', () =>
      preparePgo({
        mode,
        benchmark: settings.benchmark,
        cwd,
        toolchain,
        tempDir: env.RUNNER_TEMP || os.tmpdir(),
        projectId: `${cwd}|${settings.manifestPath ?? ''}|${settings.profile}`,
        env: baseEnv,
        logger
      })
    )
  }
  const pgo = settings.tune.mode === 'none' ? prepared : null

  const profiled = await logger.group('Profile', async () => {
    const project = await projectRead
    const sources = profileSources(project, cliConfigs(settings.cargoArgs, cwd))
    const user = resolveUserProfile(settings.profile, sources, baseEnv)
    const symbols = settings.debugSymbols ? planDebugSymbols(user, settings, targets) : null
    const merge: MergeOptions =
      symbols === null ? settings : { ...settings, forced: symbols.forced, forcedNote: FORCED_NOTE }
    const plan = planProfile(user, merge)
    for (const w of symbols?.warnings ?? []) logger.warning(w)
    for (const [key, e] of Object.entries(plan.effective)) {
      logger.info(`${key} = ${JSON.stringify(e.value)} (${e.source}${e.note ? `: ${e.note}` : ''})`)
    }
    for (const s of plan.skipped)
      logger.info(`preset ${s.key} = ${JSON.stringify(s.preset)} not applied: ${s.reason}`)
    if (plan.panicAbortApplied) logger.warning(PANIC_NOTICE)
    return { project, plan, symbols, user, merge }
  })
  const { project, symbols, user, merge } = profiled
  let plan = profiled.plan

  const setup = await logger.group('Targets and linkers', () =>
    prepareTargets({
      targets,
      crossLinker: settings.crossLinker,
      cargoArgs: settings.cargoArgs,
      cwd,
      toolchain,
      configs: project.configs,
      env: baseEnv,
      logger
    })
  )

  let probed: UserRustflags[] = []
  /** A candidate's rustflags plan for a target (tune): its CPU, and flags of its own. */
  const rustflagsFor = (triple: string, cpu: string | null, own: string[] = []): RustflagsPlan => {
    const probe = probed[targets.indexOf(triple)]
    const input = { triple, env: baseEnv, configSource: probe.source, configFlags: probe.flags }
    return planRustflags({ ...input, cpu, extra: [...settings.rustflags, ...own] })
  }
  const cpuAsSet = (triple: string): string | null =>
    wantedCpu(settings.targetCpu, settings.preset, triple)
  const cpuNotes: string[] = []
  /** The action's rustflags plus `more` (PGO's), placed where the user's flags are read. */
  const flagsWith = (more: (triple: string) => string[]): RustflagsPlan[] =>
    targets.map((triple, i) =>
      planRustflags({
        triple,
        env: baseEnv,
        configSource: probed[i].source,
        configFlags: probed[i].flags,
        cpu: wantedCpu(settings.targetCpu, settings.preset, triple),
        extra: [...settings.rustflags, ...more(triple)]
      })
    )
  let flags = await logger.group('Rustflags', async () => {
    // One cargo probe per target, started above.
    probed = await probes
    for (const probe of probed) if (probe.warning !== null) logger.warning(probe.warning)
    const plans = flagsWith((triple) => pgo?.flagsFor(triple) ?? [])
    for (const p of plans) {
      logger.info(
        `${p.triple}: your flags [${p.userFlags.join(' ')}]; added [${p.added.join(' ')}] via ${p.placement}${p.cpuSkipped ? `; ${p.cpuSkipped}` : ''}`
      )
      const note = usesAuto(settings.targetCpu, p.triple)
        ? autoCpuNote(settings.preset, p.triple)
        : null
      if (note !== null && p.cpuSkipped === null) {
        logger.info(note)
        cpuNotes.push(note)
      }
    }
    return plans
  })

  const buildConfig = {
    profile: settings.profile,
    env: plan.env,
    rustflags: flags.map((f) => f.env),
    // Whether and how PGO ran: instrumented and profile-guided objects never share entries.
    ...(pgo === null ? {} : { pgo: pgo.keyPart })
  }
  const sccache = !settings.sccache
    ? null
    : await setupSccache({
        backend: settings.sccacheBackend,
        version: settings.sccacheVersion,
        saveCache: settings.saveCache,
        cacheKey: settings.cacheKey,
        selection: settings,
        env: { ...env, ...toolchain.env }, // the server of the gha backend needs the cache token
        cwd,
        rustcVersion: toolchain.versionText,
        targets,
        workspaceRoot: project.workspaceRoot,
        buildConfig,
        logger,
        saveState: hooks.saveState ?? (() => undefined)
      })
  // Loaded only when used, like the sccache cache: it brings @actions/cache.
  const warm = !warmEnabled(warmMode, settings.sccache, settings.sccacheBackend)
    ? null
    : await (
        await import('./warm/warm.js')
      ).setupWarm({
        saveCache: settings.saveCache,
        env: baseEnv,
        targetDir: project.targetDirectory,
        workspaceRoot: project.workspaceRoot,
        keyParts: {
          platform: process.platform,
          arch: process.arch,
          rustcVersion: toolchain.versionText,
          targets,
          buildConfig: {
            ...selectionKey(settings, project.workspaceRoot),
            config: buildConfig,
            // The flags cargo will use, from whichever source: fingerprints depend on them.
            userRustflags: flags.map((f) => [f.triple, f.userFlags])
          },
          extra: settings.cacheKey
        },
        logger,
        saveState: hooks.saveState ?? (() => undefined)
      })
  let sccacheStats: Awaited<ReturnType<NonNullable<typeof sccache>['finish']>> | null = null
  const breakdown = await breakdownReady()

  const envWith = (plans: RustflagsPlan[]) => (triple: string) =>
    withoutRunnerTokens({
      ...baseEnv,
      ...plan.env,
      ...(plans.find((f) => f.triple === triple)?.env ?? {}),
      ...setup.envFor(triple),
      ...(sccache?.buildEnv ?? {}),
      ...breakdown.envFor({ ...baseEnv, ...(sccache?.buildEnv ?? {}) })
    })
  const envOf = (p: ProfilePlan, f: RustflagsPlan[], triple: string): Env =>
    withoutRunnerTokens({
      ...baseEnv,
      ...p.env,
      ...(f.find((r) => r.triple === triple)?.env ?? {}),
      ...setup.envFor(triple),
      ...(sccache?.buildEnv ?? {})
    })
  const tuned =
    settings.tune.mode === 'none'
      ? null
      : await tunePhase({
          tune: settings.tune,
          benchmark: settings.benchmark,
          preset: settings.preset,
          cpuVaries: settings.targetCpu.mode === 'auto',
          settings,
          project,
          targets,
          host: toolchain.host,
          user,
          merge,
          rustflags: rustflagsFor,
          cpuAsSet,
          envOf,
          runEnv: baseEnv,
          logger,
          pgoProfile: settings.pgo?.kind === 'profile' ? settings.pgo.path : null,
          pgoTrain:
            prepared !== null && settings.pgo?.kind === 'train'
              ? { run: prepared, lines: settings.pgo.lines.map((l) => l.text) }
              : null
        })
  if (tuned !== null) {
    plan = tuned.plan
    flags = tuned.flags
  }

  const builds = await runBuilds({
    settings,
    project,
    targets,
    host: toolchain.host,
    logger,
    buildEnv: envWith(flags),
    baselineEnv: (triple) => ({
      ...baseEnv,
      ...setup.envFor(triple),
      ...breakdown.envFor(baseEnv)
    }),
    toolEnv: baseEnv,
    shippedStrip: symbols?.shippedStrip ?? null,
    onCargoLine: warm === null ? undefined : (line) => warm.observe(line),
    afterBuild: async () => {
      sccacheStats = sccache === null ? null : await sccache.finish()
      warm?.stage()
    },
    ...(pgo === null
      ? {}
      : {
          beforeBuild: (build) =>
            pgo.train(targets, (triple, more, dir) =>
              build('PGO: instrumented build', envWith(flagsWith(() => more)), dir, [triple])
            ),
          quiet: isPgoNoise,
          checkBuild: (diagnostics) => pgo.check(diagnostics),
          afterOptimized: (build, optimized) =>
            pgo.benchmark(
              (dir) =>
                build(
                  'PGO: build without PGO for the benchmark',
                  envWith(flagsWith(() => [])),
                  dir
                ),
              optimized
            )
        })
  })

  const key = jobKey(settings.commentKey, { ...settings, env, host: toolchain.host, targets })
  let auto: AutoBaseline | null = null
  if (settings.baseline === 'auto') {
    const identity = recordIdentity(key, settings.cacheKey)
    // Loaded only when used: it brings @actions/cache, the heaviest part of the bundle.
    const { lookupBaseline } = await import('./report/baseline-auto.js')
    auto = await lookupBaseline({ env, saveCache: settings.saveCache, identity, logger })
  }
  return publish({
    settings,
    env,
    logger,
    targets,
    jobKey: key,
    built: builds.built,
    baseline: auto?.baseline ?? builds.baseline,
    baselineNote: auto?.note ?? builds.baselineNote,
    auto,
    plan,
    rustflags: flags,
    rustc: toolchain.versionText,
    sccache: sccacheStats,
    notes: [...setup.notes, ...cpuNotes],
    pgo: pgo !== null ? { profiles: pgo.profiles(), report: pgo.report() } : (tuned?.pgo ?? null),
    tune: tuned?.outcome ?? null
  })
}
