// Orchestration only: runs the phases in order. Decisions live in pure modules, effects in thin ones.
import { lookupBaseline, type AutoBaseline } from './report/baseline-auto.js'
import { runBuilds, type Env } from './build-phase.js'
import { cliConfigs, prepareTargets } from './toolchain/cross.js'
import { FORCED_NOTE, planDebugSymbols } from './cargo/debug-symbols.js'
import type { Logger } from './logger.js'
import { planProfile, resolveUserProfile } from './cargo/profile.js'
import { assertProfileDefined, profileSources, readProject } from './cargo/project.js'
import { publish, type PublishResult } from './publish-phase.js'
import { PANIC_NOTICE } from './report/report.js'
import { planRustflags, wantedCpu } from './cargo/rustflags.js'
import { configArgs, probeRustflags } from './cargo/rustflags-probe.js'
import { buildSelection, setupSccache } from './sccache/setup.js'
import { setupWarm } from './warm/warm.js'
import { warmEnabled } from './warm/inputs.js'
import type { Settings } from './settings.js'
import { recordIdentity } from './report/size-record.js'
import { resolveToolchain, type Toolchain } from './toolchain/toolchain.js'

export { BuildFailed, type Env } from './build-phase.js'
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
    `size-budget: ${s.sizeBudget?.raw ?? '(none)'}, debug-symbols: ${s.debugSymbols}`
  ]
  return lines.join('\n')
}

export async function runPipeline(
  settings: Settings,
  env: Env,
  logger: Logger,
  hooks: PipelineHooks = {}
): Promise<PipelineResult> {
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
  await logger.group('Settings', async () =>
    logger.info(describeSettings(settings, toolchain, targets))
  )

  const { project, plan, symbols } = await logger.group('Profile', async () => {
    const project = await readProject(cwd, settings.manifestPath, baseEnv)
    const sources = profileSources(project, cliConfigs(settings.cargoArgs, cwd))
    const user = resolveUserProfile(settings.profile, sources, baseEnv)
    const symbols = settings.debugSymbols ? planDebugSymbols(user, settings, targets) : null
    const plan = planProfile(
      user,
      symbols === null ? settings : { ...settings, forced: symbols.forced, forcedNote: FORCED_NOTE }
    )
    for (const w of symbols?.warnings ?? []) logger.warning(w)
    for (const [key, e] of Object.entries(plan.effective)) {
      logger.info(`${key} = ${JSON.stringify(e.value)} (${e.source}${e.note ? `: ${e.note}` : ''})`)
    }
    for (const s of plan.skipped)
      logger.info(`preset ${s.key} = ${JSON.stringify(s.preset)} not applied: ${s.reason}`)
    if (plan.panicAbortApplied) logger.warning(PANIC_NOTICE)
    return { project, plan, symbols }
  })

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

  const flags = await logger.group('Rustflags', async () => {
    // One cargo probe per target, run side by side.
    const plans = await Promise.all(
      targets.map(async (triple) => {
        const probe = await probeRustflags({
          cwd,
          triple,
          manifestPath: settings.manifestPath,
          configArgs: configArgs(settings.cargoArgs),
          env: baseEnv
        })
        return planRustflags({
          triple,
          env: baseEnv,
          configSource: probe.source,
          configFlags: probe.flags,
          cpu: wantedCpu(settings.targetCpu, settings.preset, triple),
          extra: settings.rustflags
        })
      })
    )
    for (const p of plans) {
      logger.info(
        `${p.triple}: your flags [${p.userFlags.join(' ')}]; added [${p.added.join(' ')}] via ${p.placement}${p.cpuSkipped ? `; ${p.cpuSkipped}` : ''}`
      )
    }
    return plans
  })

  const buildConfig = {
    profile: settings.profile,
    env: plan.env,
    rustflags: flags.map((f) => f.env)
  }
  const sccache = await setupSccache({
    settings,
    env: { ...env, ...toolchain.env }, // the server of the gha backend needs the cache token
    cwd,
    rustcVersion: toolchain.versionText,
    targets,
    workspaceRoot: project.workspaceRoot,
    buildConfig,
    logger,
    saveState: hooks.saveState ?? (() => undefined)
  })
  const warm = await setupWarm({
    enabled: warmEnabled(settings.warmCache, settings.sccache, settings.sccacheBackend),
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
        ...buildSelection(settings, project.workspaceRoot),
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

  const { built, baseline: profileBaseline } = await runBuilds({
    settings,
    project,
    targets,
    host: toolchain.host,
    logger,
    buildEnv: (triple) =>
      withoutRunnerTokens({
        ...baseEnv,
        ...plan.env,
        ...(flags.find((f) => f.triple === triple)?.env ?? {}),
        ...setup.envFor(triple),
        ...(sccache?.buildEnv ?? {})
      }),
    baselineEnv: (triple) => ({ ...baseEnv, ...setup.envFor(triple) }),
    toolEnv: baseEnv,
    shippedStrip: symbols?.shippedStrip ?? null,
    onCargoLine: warm === null ? undefined : (line) => warm.observe(line),
    afterBuild: async () => {
      sccacheStats = sccache === null ? null : await sccache.finish()
      warm?.stage()
    }
  })

  let auto: AutoBaseline | null = null
  if (settings.baseline === 'auto') {
    const identity = recordIdentity(env, targets, settings.cacheKey, settings.commentKey)
    auto = await lookupBaseline({ env, saveCache: settings.saveCache, identity, logger })
  }
  return publish({
    settings,
    env,
    logger,
    targets,
    built,
    baseline: auto?.baseline ?? profileBaseline,
    baselineNote: auto?.note ?? null,
    auto,
    plan,
    rustflags: flags,
    rustc: toolchain.versionText,
    sccache: sccacheStats,
    notes: setup.notes
  })
}
