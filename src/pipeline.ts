// Orchestration only: runs the phases in order. Decisions live in pure modules, effects in thin ones.
import path from 'node:path'
import { measure } from './artifacts.js'
import { buildArgs, cargoBuild } from './cargo-build.js'
import type { Logger } from './logger.js'
import { buildOutputs, type Outputs } from './outputs.js'
import { PANIC_NOTICE, renderReport } from './report.js'
import { planProfile, resolveUserProfile, type ProfilePlan } from './profile.js'
import { profileSources, readProject, type Project } from './project.js'
import { planRustflags, wantedCpu, type RustflagsPlan } from './rustflags.js'
import { configArgs, probeRustflags } from './rustflags-probe.js'
import { setupSccache } from './sccache-setup.js'
import type { Settings } from './settings.js'
import { applyBaseline, overBudget, summarize, type Artifact, type Baseline } from './sizes.js'
import { resolveToolchain, type Toolchain } from './toolchain.js'

export type Env = Record<string, string | undefined>

export interface PipelineResult {
  outputs: Outputs
  report: string
  /** Set when the step must fail after reporting (size budget). */
  failure: string | null
}

export interface PipelineHooks {
  /** Hands a value to the post step (the action) or to the end of the run (the CLI). */
  saveState?: (name: string, value: string) => void
}

export class BuildFailed extends Error {
  constructor(triple: string, detail: string) {
    super(`cargo build failed for ${triple}${detail ? `:\n${detail}` : ''}`)
    this.name = 'BuildFailed'
  }
}

function describeSettings(s: Settings, t: Toolchain, targets: string[]): string {
  const lines = [
    `working-directory: ${s.workingDirectory}`,
    `manifest-path: ${s.manifestPath ?? '(found by cargo)'}`,
    `toolchain: ${s.toolchain ?? '(selected by rustup)'} → rustc ${t.release}, host ${t.host}`,
    `targets: ${targets.join(', ')}`,
    `preset: ${s.preset}, profile: ${s.profile}, respect-user-profile: ${s.respectUserProfile}`,
    `overrides: ${JSON.stringify(s.overrides)}`,
    `target-cpu: ${JSON.stringify(s.targetCpu)}, rustflags: ${JSON.stringify(s.rustflags)}`,
    `sccache: ${s.sccache} (${s.sccacheBackend}), baseline: ${s.baseline}, comment: ${s.comment}`,
    `size-budget: ${s.sizeBudget?.raw ?? '(none)'}, debug-symbols: ${s.debugSymbols}`
  ]
  return lines.join('\n')
}

async function buildAll(opts: {
  settings: Settings
  project: Project
  targets: string[]
  envFor: (triple: string) => Env
  targetDir: string | null
  logger: Logger
  label: string
}): Promise<Artifact[]> {
  const { settings, project, logger } = opts
  const memberIds = new Set(project.members.map((m) => m.id))
  const files = []
  for (const triple of opts.targets) {
    const result = await logger.group(`${opts.label} ${triple}`, async () => {
      const args = buildArgs(settings, triple, opts.targetDir)
      logger.info(`cargo ${args.join(' ')}`)
      return cargoBuild({
        args,
        cwd: settings.workingDirectory,
        env: opts.envFor(triple),
        triple,
        memberIds,
        log: (text) => logger.info(text)
      })
    })
    for (const d of result.diagnostics)
      if (d.level === 'error') logger.annotate(relativeTo(d, project.workspaceRoot))
    if (!result.success) {
      const errors = result.diagnostics.filter((d) => d.level === 'error').length
      throw new BuildFailed(
        triple,
        errors > 0
          ? `${errors} compiler error(s), annotated on their source lines`
          : result.stderrTail
      )
    }
    files.push(...result.files)
  }
  return measure(files)
}

/** Diagnostics name files relative to the workspace root; annotations want repository paths. */
function relativeTo<T extends { file?: string }>(d: T, workspaceRoot: string): T {
  if (d.file === undefined) return d
  const absolute = path.resolve(workspaceRoot, d.file)
  const repo = process.env.GITHUB_WORKSPACE
  return { ...d, file: repo ? path.relative(repo, absolute) : absolute }
}

export async function runPipeline(
  settings: Settings,
  env: Env,
  logger: Logger,
  hooks: PipelineHooks = {}
): Promise<PipelineResult> {
  const cwd = settings.workingDirectory
  const toolchain = await resolveToolchain(settings.toolchain, cwd, env)
  const targets = settings.targets.length > 0 ? settings.targets : [toolchain.host]
  const baseEnv: Env = { ...env, ...toolchain.env }

  const { project, plan } = await logger.group('Profile', async () => {
    const project = await readProject(cwd, settings.manifestPath, baseEnv)
    const user = resolveUserProfile(settings.profile, profileSources(project), baseEnv)
    const plan: ProfilePlan = planProfile(user, settings)
    for (const [key, e] of Object.entries(plan.effective)) {
      logger.info(`${key} = ${JSON.stringify(e.value)} (${e.source}${e.note ? `: ${e.note}` : ''})`)
    }
    for (const s of plan.skipped)
      logger.info(`preset ${s.key} = ${JSON.stringify(s.preset)} not applied: ${s.reason}`)
    if (plan.panicAbortApplied) logger.warning(PANIC_NOTICE)
    return { project, plan }
  })

  const flags = await logger.group('Rustflags', async () => {
    const plans: RustflagsPlan[] = []
    for (const triple of targets) {
      const probe = await probeRustflags({
        cwd,
        triple,
        manifestPath: settings.manifestPath,
        configArgs: configArgs(settings.cargoArgs),
        env: baseEnv
      })
      const p = planRustflags({
        triple,
        env: baseEnv,
        configSource: probe.source,
        configFlags: probe.flags,
        cpu: wantedCpu(settings.targetCpu, settings.preset, triple),
        extra: settings.rustflags
      })
      logger.info(
        `${triple}: your flags [${p.userFlags.join(' ')}]; added [${p.added.join(' ')}] via ${p.placement}${p.cpuSkipped ? `; ${p.cpuSkipped}` : ''}`
      )
      plans.push(p)
    }
    return plans
  })

  await logger.group('Settings', async () =>
    logger.info(describeSettings(settings, toolchain, targets))
  )

  const sccache = await setupSccache({
    settings,
    env: baseEnv,
    cwd,
    rustcVersion: toolchain.versionText,
    targets,
    workspaceRoot: project.workspaceRoot,
    buildConfig: { profile: settings.profile, env: plan.env, rustflags: flags.map((f) => f.env) },
    logger,
    saveState: hooks.saveState ?? (() => undefined)
  })
  const buildEnv = (triple: string): Env => ({
    ...baseEnv,
    ...plan.env,
    ...(flags.find((f) => f.triple === triple)?.env ?? {}),
    ...(sccache?.buildEnv ?? {})
  })
  const built = await buildAll({
    settings,
    project,
    targets,
    envFor: buildEnv,
    targetDir: null,
    logger,
    label: 'Build'
  })

  const cacheResult = sccache === null ? null : await sccache.finish()

  let baseline: Baseline | null = null
  let baselineNote: string | null = null
  if (settings.baseline === 'profile') {
    const baseDir = path.join(project.targetDirectory, 'rust-optimize-baseline')
    const before = await buildAll({
      settings,
      project,
      targets,
      envFor: () => baseEnv,
      targetDir: baseDir,
      logger,
      label: 'Baseline build (profile untouched)'
    })
    baseline = {
      description: `the \`${settings.profile}\` profile without the preset`,
      sizes: Object.fromEntries(before.map((a) => [`${a.target}/${a.name}`, a.size]))
    }
  } else if (settings.baseline === 'auto') {
    baselineNote = 'No baseline record exists yet for this branch.'
  } else {
    baselineNote = null
  }

  const artifacts = applyBaseline(built, baseline)
  const summary = summarize(artifacts, baseline)
  const budgetExceeded =
    settings.sizeBudget === null ? null : overBudget(summary, settings.sizeBudget)
  const report = renderReport({
    preset: settings.preset,
    profile: settings.profile,
    artifacts,
    summary,
    baseline,
    baselineNote,
    plan,
    rustflags: flags,
    rustc: toolchain.versionText.split('\n')[0],
    cache: cacheResult?.cache ?? null,
    budget:
      settings.sizeBudget === null
        ? null
        : { raw: settings.sizeBudget.raw, exceeded: budgetExceeded },
    notes: []
  })
  const outputs = buildOutputs({
    artifacts,
    summary,
    plan,
    rustflags: flags,
    report,
    sccacheHitRate: cacheResult?.hitRate ?? null,
    cacheHit: cacheResult?.cacheHit ?? false
  })
  const failure =
    budgetExceeded === true
      ? `The total size grew ${outputs['size-delta']} bytes (${outputs['size-delta-percent']}%), more than the size budget ${settings.sizeBudget?.raw}.`
      : null
  return { outputs, report, failure }
}
