// The preparing phase: toolchain, settings log, PGO's tools, the profile plan, targets and linkers,
// and the rustflags plan. Everything here runs before the first cache or build step.
import os from 'node:os'
import type { Env } from '../env.js'
import type { Logger } from '../logger.js'
import { FORCED_NOTE, planDebugSymbols, type DebugSymbolsPlan } from '../cargo/debug-symbols.js'
import {
  planProfile,
  resolveUserProfile,
  type MergeOptions,
  type ProfilePlan,
  type UserProfile
} from '../cargo/profile.js'
import {
  cliConfigs,
  profileSources,
  readConfigs,
  readProject,
  type ConfigFile,
  type Project
} from '../cargo/project.js'
import { autoCpuNote } from '../cargo/presets.js'
import { planRustflags, usesAuto, wantedCpu, type RustflagsPlan } from '../cargo/rustflags.js'
import { configArgs, userRustflags, type UserRustflags } from '../cargo/rustflags-probe.js'
import { prepareBreakdownEarly, type BreakdownSetup } from '../breakdown/setup.js'
import { preparePgo, type PgoRun } from '../pgo/phase.js'
import { PANIC_NOTICE } from '../report/report.js'
import type { Settings } from '../settings.js'
import { prepareTargets } from '../toolchain/cross.js'
import { likelyToolchainEnv, resolveToolchain, type Toolchain } from '../toolchain/toolchain.js'
import { withoutRunnerTokens } from '../toolchain/early.js'

/** What every later step of a run shares. */
export interface RunContext {
  settings: Settings
  /** The process environment, runner tokens included (for the cache services). */
  env: Env
  logger: Logger
  cwd: string
  toolchain: Toolchain
  targets: string[]
  /** The toolchain's environment without the runner's tokens: what cargo and tools get. */
  baseEnv: Env
  /** The cargo config files that apply here, read once (the toolchain does not change which). */
  configs: ConfigFile[]
  /** The `--config` values of cargo-args, parsed once; cargo ranks them above `configs`. */
  cliConfigs: ConfigFile[]
  /** cargo metadata, started with the toolchain probes (see startRun); null when it must rerun. */
  earlyProject: Promise<Project> | null
}

export { withoutRunnerTokens }

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

function sameVariables(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k])
}

/** Resolves the toolchain and the targets, and logs the effective settings once. */
export async function startRun(settings: Settings, env: Env, logger: Logger): Promise<RunContext> {
  const cwd = settings.workingDirectory
  // cargo metadata needs only the toolchain's environment, which is most likely known already:
  // it starts now, side by side with the toolchain probes, and is kept if the guess was right.
  const likely = likelyToolchainEnv(settings.toolchain)
  const configs = readConfigs(cwd, env)
  const early = readProject(
    cwd,
    settings.manifestPath,
    withoutRunnerTokens({ ...env, ...likely }),
    configs
  )
  early.catch(() => undefined) // a wrong guess (a toolchain installed since) runs it again
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
  const earlyProject = sameVariables(likely, toolchain.env) ? early : null
  return {
    settings,
    env,
    logger,
    cwd,
    toolchain,
    targets,
    baseEnv,
    configs,
    cliConfigs: cliConfigs(settings.cargoArgs, cwd),
    earlyProject
  }
}

export async function logSettings(c: RunContext): Promise<void> {
  await c.logger.group('Settings', async () =>
    c.logger.info(describeSettings(c.settings, c.toolchain, c.targets))
  )
}

/**
 * cargo metadata, the rustflags probes and the size breakdown's wrapper need only the toolchain:
 * they start at once and run side by side with the next phases.
 */
export function startProbes(c: RunContext): {
  project: Promise<Project>
  probes: Promise<UserRustflags[]>
  /** The link-map wrapper (compiled on a first run), ready when awaited. */
  breakdown: () => Promise<BreakdownSetup>
} {
  const { settings, cwd, baseEnv, toolchain, configs: files } = c
  // The probes need the config files, not cargo metadata's answer: they start at once.
  const again = () => readProject(cwd, settings.manifestPath, baseEnv, files)
  const project = c.earlyProject === null ? again() : c.earlyProject.catch(again)
  const configs = [...files, ...c.cliConfigs]
  const probes = Promise.all(
    c.targets.map((triple) =>
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
  probes.catch(() => undefined) // awaited in the Rustflags phase
  const breakdown = prepareBreakdownEarly({
    enabled: settings.sizeBreakdown,
    targets: c.targets,
    env: baseEnv,
    rustcVersion: toolchain.versionText,
    project,
    logger: c.logger
  })
  return { project, probes, breakdown }
}

/**
 * PGO's tools are found before anything is built. With tune, PGO is a candidate of
 * `tune: speed` (src/tune), not a phase of its own: trained there with `pgo-train`.
 */
export async function pgoPhase(c: RunContext): Promise<PgoRun | null> {
  const { settings, cwd, env } = c
  const mode = settings.pgo
  if (mode === null || (settings.tune.mode !== 'none' && mode.kind !== 'train')) return null
  return c.logger.group('PGO', () =>
    preparePgo({
      mode,
      benchmark: settings.benchmark,
      cwd,
      toolchain: c.toolchain,
      tempDir: env.RUNNER_TEMP || os.tmpdir(),
      projectId: `${cwd}|${settings.manifestPath ?? ''}|${settings.profile}`,
      env: c.baseEnv,
      logger: c.logger
    })
  )
}

export interface Profiled {
  project: Project
  plan: ProfilePlan
  symbols: DebugSymbolsPlan | null
  user: UserProfile
  merge: MergeOptions
}

export async function profilePhase(
  c: RunContext,
  projectRead: Promise<Project>
): Promise<Profiled> {
  const { settings, logger } = c
  return logger.group('Profile', async () => {
    const project = await projectRead
    const sources = profileSources(project, c.cliConfigs)
    const user = resolveUserProfile(settings.profile, sources, c.baseEnv)
    const symbols = settings.debugSymbols ? planDebugSymbols(user, settings, c.targets) : null
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
}

export function targetsPhase(c: RunContext, project: Project): ReturnType<typeof prepareTargets> {
  return c.logger.group('Targets and linkers', () =>
    prepareTargets({
      targets: c.targets,
      crossLinker: c.settings.crossLinker,
      cargoArgs: c.settings.cargoArgs,
      cwd: c.cwd,
      toolchain: c.toolchain,
      configs: [...project.configs, ...c.cliConfigs],
      env: c.baseEnv,
      logger: c.logger
    })
  )
}

export interface RustflagsPhase {
  /** The plans the build uses (the action's flags and PGO's). */
  flags: RustflagsPlan[]
  /** Notes on target-cpu: auto for the report. */
  cpuNotes: string[]
  /** The action's rustflags plus `more` (PGO's), placed where the user's flags are read. */
  flagsWith: (more: (triple: string) => string[]) => RustflagsPlan[]
  /** A candidate's rustflags plan for a target (tune): its CPU, and flags of its own. */
  rustflagsFor: (triple: string, cpu: string | null, own?: string[]) => RustflagsPlan
  /** The target-cpu the settings ask for on a target (null: none). */
  cpuOf: (triple: string) => string | null
}

export async function rustflagsPhase(
  c: RunContext,
  probes: Promise<UserRustflags[]>,
  pgo: PgoRun | null
): Promise<RustflagsPhase> {
  const { settings, logger, baseEnv, targets } = c
  let probed: UserRustflags[] = []
  const planFor = (triple: string, cpu: string | null, extra: string[]): RustflagsPlan => {
    const probe = probed[targets.indexOf(triple)]
    const input = { triple, env: baseEnv, configSource: probe.source, configFlags: probe.flags }
    return planRustflags({ ...input, cpu, extra: [...settings.rustflags, ...extra] })
  }
  const cpuOf = (triple: string): string | null =>
    wantedCpu(settings.targetCpu, settings.preset, triple)
  const flagsWith = (more: (triple: string) => string[]): RustflagsPlan[] =>
    targets.map((triple) => planFor(triple, cpuOf(triple), more(triple)))
  const cpuNotes: string[] = []
  const flags = await logger.group('Rustflags', async () => {
    // One cargo probe per target, started in startProbes.
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
  const rustflagsFor = (t: string, cpu: string | null, own: string[] = []): RustflagsPlan =>
    planFor(t, cpu, own)
  return { flags, cpuNotes, flagsWith, rustflagsFor, cpuOf }
}
