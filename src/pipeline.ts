// Orchestration only: runs the phases in order. Decisions live in pure modules, effects in thin ones.
import path from 'node:path'
import { measure } from './artifacts.js'
import { lookupBaseline, saveRecord, type AutoBaseline } from './baseline-auto.js'
import { protectLockfile } from './lockfile.js'
import { buildArgs, cargoBuild } from './cargo-build.js'
import type { Logger } from './logger.js'
import { FORCED_NOTE, planDebugSymbols, splitDebugSymbols } from './debug-symbols.js'
import { buildOutputs, type Outputs } from './outputs.js'
import { commentTarget, defaultCommentKey, publishComment } from './pr-comment.js'
import { PANIC_NOTICE, renderReport } from './report.js'
import { planProfile, resolveUserProfile, type ProfilePlan } from './profile.js'
import { profileSources, readProject, type Project } from './project.js'
import { planRustflags, wantedCpu } from './rustflags.js'
import { configArgs, probeRustflags } from './rustflags-probe.js'
import type { Settings } from './settings.js'
import {
  applyBaseline,
  budgetFailure,
  overBudget,
  summarize,
  type Artifact,
  type Baseline
} from './sizes.js'
import { recordIdentity } from './size-record.js'
import { resolveToolchain, type Toolchain } from './toolchain.js'
import { prepareTargets } from './cross.js'

export type Env = Record<string, string | undefined>

export interface PipelineResult {
  outputs: Outputs
  report: string
  /** Set when the step must fail after reporting (size budget). */
  failure: string | null
}

export class BuildFailed extends Error {
  constructor(triple: string, detail: string) {
    super(
      `cargo build failed for ${triple}${detail.includes('\n') ? `:\n${detail}` : detail ? `: ${detail}` : ''}`
    )
    this.name = 'BuildFailed'
  }
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
  logger: Logger
): Promise<PipelineResult> {
  const cwd = settings.workingDirectory
  const toolchain = await logger.group('Toolchain', () =>
    resolveToolchain(settings.toolchain, cwd, env, {
      log: (m) => logger.info(m),
      warn: (m) => logger.warning(m)
    })
  )
  const targets = settings.targets.length > 0 ? settings.targets : [toolchain.host]
  const baseEnv: Env = { ...env, ...toolchain.env }
  await logger.group('Settings', async () =>
    logger.info(describeSettings(settings, toolchain, targets))
  )

  const { project, plan, symbols } = await logger.group('Profile', async () => {
    const project = await readProject(cwd, settings.manifestPath, baseEnv)
    const user = resolveUserProfile(settings.profile, profileSources(project), baseEnv)
    const symbols = settings.debugSymbols ? planDebugSymbols(user, settings, targets) : null
    const plan: ProfilePlan = planProfile(
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

  const buildEnv = (triple: string): Env => ({
    ...baseEnv,
    ...plan.env,
    ...(flags.find((f) => f.triple === triple)?.env ?? {}),
    ...setup.envFor(triple)
  })
  const lock = protectLockfile(project.workspaceRoot)
  let built: Artifact[]
  let baseline: Baseline | null = null
  let baselineNote: string | null = null
  let auto: AutoBaseline | null = null
  try {
    built = await buildAll({
      settings,
      project,
      targets,
      envFor: buildEnv,
      targetDir: null,
      logger,
      label: 'Build'
    })

    if (symbols !== null) {
      const shipped = symbols.shippedStrip
      const unsplit = built
      built = await logger.group('Debug symbols', async () => {
        const split = await splitDebugSymbols(unsplit, {
          host: toolchain.host,
          env: baseEnv,
          strip: shipped
        })
        for (const line of split.info) logger.info(line)
        for (const w of split.warnings) logger.warning(w)
        return split.artifacts
      })
    }

    if (settings.baseline === 'profile') {
      const baseDir = path.join(project.targetDirectory, 'rust-optimize-baseline')
      const before = await buildAll({
        settings,
        project,
        targets,
        envFor: (triple) => ({ ...baseEnv, ...setup.envFor(triple) }),
        targetDir: baseDir,
        logger,
        label: 'Baseline build (profile untouched)'
      })
      baseline = {
        description: `the \`${settings.profile}\` profile without the preset`,
        sizes: Object.fromEntries(before.map((a) => [`${a.target}/${a.name}`, a.size]))
      }
    } else if (settings.baseline === 'auto') {
      const identity = recordIdentity(env, targets, settings.cacheKey, settings.commentKey)
      auto = await lookupBaseline({ env, saveCache: settings.saveCache, identity, logger })
      baseline = auto.baseline
      baselineNote = auto.note
    } else {
      baselineNote = null
    }
  } finally {
    if (lock.restore()) {
      logger.warning(
        'Cargo.lock is out of date: cargo resolved the dependencies again for this build, and your Cargo.lock was put back unchanged. Run `cargo update` (or `cargo generate-lockfile`) and commit it, or set `locked: true` to fail instead.'
      )
    }
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
    rustc: toolchain.versionText,
    cache: null,
    budget:
      settings.sizeBudget === null
        ? null
        : { raw: settings.sizeBudget.raw, exceeded: budgetExceeded },
    notes: setup.notes
  })
  const outputs = buildOutputs({
    artifacts,
    summary,
    plan,
    rustflags: flags,
    report,
    sccacheHitRate: null,
    cacheHit: false
  })
  if (auto !== null) await saveRecord(auto, artifacts, env, logger)
  const commentOn = commentTarget(settings.comment, env)
  const comment =
    commentOn === null
      ? null
      : await logger.group('Pull request comment', async () => {
          const outcome = await publishComment({
            mode: settings.comment,
            key: settings.commentKey || defaultCommentKey(env, targets),
            token: settings.githubToken,
            report,
            target: commentOn
          })
          for (const line of outcome.info) logger.info(line)
          if (outcome.warning !== null) logger.warning(outcome.warning)
          return outcome
        })
  const failures = [
    budgetFailure(artifacts, summary, baseline, settings.sizeBudget),
    comment?.failure ?? null
  ].filter((f): f is string => f !== null)
  const failure = failures.length > 0 ? failures.join('\n') : null
  return { outputs, report, failure }
}
