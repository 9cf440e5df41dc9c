// The build phase: cargo for every target, debug symbols split off, the `profile` baseline
// build, and the user's Cargo.lock kept byte-identical throughout.
import path from 'node:path'
import { measure } from '../cargo/artifacts.js'
import { buildArgs, cargoBuild, type BuildSelection } from '../cargo/build.js'
import { annotationFile } from '../cargo/messages.js'
import { splitDebugSymbols } from '../cargo/debug-symbols.js'
import { measureCrates, readDebugWeight } from '../breakdown/measure.js'
import { protectLockfile } from '../cargo/lockfile.js'
import type { CargoJson, Diagnostic } from '../cargo/messages.js'
import type { Logger } from '../logger.js'
import type { Project } from '../cargo/project.js'
import { artifactKey, cratesByArtifact, type Artifact, type Baseline } from '../report/sizes.js'

import type { Env } from '../env.js'

export class BuildFailed extends Error {
  constructor(triple: string, detail: string) {
    super(
      `cargo build failed for ${triple}${detail.includes('\n') ? `:\n${detail}` : detail ? `: ${detail}` : ''}`
    )
    this.name = 'BuildFailed'
  }
}

/** Diagnostics name files relative to the workspace root; annotations want repository paths. */
function relativeTo<T extends { file?: string }>(d: T, workspaceRoot: string): T {
  if (d.file === undefined) return d
  return { ...d, file: annotationFile(d.file, workspaceRoot, process.env.GITHUB_WORKSPACE) }
}

/** What a build reads of the settings: what cargo builds, and where. */
export interface BuildSettings extends BuildSelection {
  workingDirectory: string
}

/** What the build phase reads of the settings. */
export interface BuildPhaseSettings extends BuildSettings {
  sizeBreakdown: boolean
  baseline: 'auto' | 'profile' | 'none'
}

export interface BuildAllOptions {
  settings: BuildSettings
  project: Project
  targets: string[]
  envFor: (triple: string) => Env
  /** The profile plan's `--config` arguments (ProfilePlan.cliArgs); none for the baseline. */
  profileArgs: string[]
  targetDir: string | null
  logger: Logger
  label: string
  /** Every JSON message cargo prints, with the target being built. */
  onMessage?: (msg: CargoJson, triple: string) => void
  /** size-breakdown: attribute each artifact's code to crates. */
  breakdown: boolean
  /** Annotate compiler errors on their source lines (the shipped build, PGO's first build). */
  annotate: boolean
  quiet?: (d: Diagnostic) => boolean
  /** Receives every diagnostic of the build. */
  diagnostics?: (all: Diagnostic[]) => void
}

/** A build of the action's own (PGO's instrumented build, the build without PGO to time against). */
export type OwnBuild = (
  label: string,
  envFor: (triple: string) => Env,
  targetDir: string,
  /** Only these targets (default: all). */
  only?: string[]
) => Promise<Artifact[]>

/** Builds every target into `targetDir` (null: cargo's own) and measures the artifacts. */
export async function buildAll(opts: BuildAllOptions): Promise<Artifact[]> {
  const { settings, project, logger } = opts
  const memberIds = new Set(project.members.map((m) => m.id))
  const artifacts: Artifact[] = []
  for (const triple of opts.targets) {
    const result = await logger.group(`${opts.label} ${triple}`, async () => {
      const args = buildArgs(settings, triple, opts.targetDir, opts.profileArgs)
      logger.info(`cargo ${args.join(' ')}`)
      return cargoBuild({
        args,
        cwd: settings.workingDirectory,
        env: opts.envFor(triple),
        triple,
        memberIds,
        log: (text) => logger.info(text),
        onMessage: opts.onMessage && ((msg) => opts.onMessage?.(msg, triple)),
        quiet: opts.quiet
      })
    })
    opts.diagnostics?.(result.diagnostics)
    const errors = result.diagnostics.filter((d) => d.level === 'error')
    if (opts.annotate) for (const d of errors) logger.annotate(relativeTo(d, project.workspaceRoot))
    if (!result.success) {
      throw new BuildFailed(
        triple,
        errors.length === 0
          ? result.stderrTail
          : opts.annotate
            ? `${errors.length} compiler error(s), annotated on their source lines`
            : `${errors.length} compiler error(s), the first: ${errors[0].message}`
      )
    }
    const measured = await measure(result.files)
    if (opts.breakdown) {
      for (const [i, a] of measured.entries()) {
        const m = await measureCrates({ ...a, crate: result.files[i].crate }, result.crates)
        if (m.crates !== null)
          logger.info(
            `size-breakdown: ${a.name}: ${m.reused ? 'unchanged, attribution reused' : 'attributed from its linker map'}`
          )
        measured[i] = { ...a, crates: m.crates, cratesNote: m.note }
      }
    }
    artifacts.push(...measured)
  }
  return artifacts
}

/** The debug info and symbols each shipped file carries. */
async function withDebugWeight(artifacts: Artifact[]): Promise<Artifact[]> {
  return Promise.all(
    artifacts.map(async (a) => ({ ...a, debugWeight: await readDebugWeight(a.path) }))
  )
}

export interface BuildPhaseOptions {
  settings: BuildPhaseSettings
  project: Project
  targets: string[]
  host: string
  logger: Logger
  /** The environment of the optimized build for a target. */
  buildEnv: (triple: string) => Env
  /** The optimized build's `--config` arguments (its ProfilePlan.cliArgs), also PGO's builds'. */
  profileArgs: string[]
  /** The environment of the `profile` baseline build: no preset, no action rustflags. */
  baselineEnv: (triple: string) => Env
  /** The environment for tools run outside cargo (objcopy). */
  toolEnv: Env
  /** Strip level for shipped artifacts when debug symbols are split off; null: no split. */
  shippedStrip: 'all' | 'debug' | null
  /** Runs after the optimized build (e.g. reading the cache statistics of that build). */
  afterBuild?: () => Promise<void>
  /** Every JSON message cargo prints in the optimized build, with the target being built. */
  onCargoMessage?: (msg: CargoJson, triple: string) => void
  /** Runs on the shipped files, still under the Cargo.lock protection (the SBOMs). */
  afterShipped?: (built: Artifact[]) => Promise<Artifact[]>
  /** Runs first, under the same Cargo.lock protection (PGO's training cycle). */
  beforeBuild?: (build: OwnBuild) => Promise<void>
  /** Diagnostics of the optimized build not to log one by one. */
  quiet?: (d: Diagnostic) => boolean
  /** Checks the optimized build's diagnostics; throws to fail the step. */
  checkBuild?: (diagnostics: Diagnostic[]) => void
  /** Runs after the optimized build and afterBuild (PGO's benchmark). */
  afterOptimized?: (build: OwnBuild, built: Artifact[]) => Promise<void>
  /** Last word on the shipped files, right after afterOptimized (tune: the winner's own files). */
  ship?: (built: Artifact[]) => Promise<Artifact[]>
}

export interface BuildPhaseResult {
  built: Artifact[]
  /** The `profile` baseline, when asked for and built. */
  baseline: Baseline | null
  /** Why there is no `profile` baseline although one was asked for. */
  baselineNote: string | null
}

export async function runBuilds(o: BuildPhaseOptions): Promise<BuildPhaseResult> {
  const { settings, project, logger } = o
  const lock = protectLockfile(project.workspaceRoot)
  const own: OwnBuild = (label, envFor, targetDir, only) =>
    buildAll({
      settings,
      project,
      targets: only ?? o.targets,
      logger,
      envFor,
      profileArgs: o.profileArgs,
      targetDir,
      label,
      breakdown: false,
      annotate: true
    })
  try {
    const breakdown = settings.sizeBreakdown
    await o.beforeBuild?.(own)
    const diagnostics: Diagnostic[] = []
    let built = await buildAll({
      ...o,
      envFor: o.buildEnv,
      targetDir: null,
      label: 'Build',
      onMessage: o.onCargoMessage,
      breakdown,
      annotate: true,
      diagnostics: (d) => diagnostics.push(...d)
    })
    o.checkBuild?.(diagnostics)
    await o.afterBuild?.()
    await o.afterOptimized?.(own, built)
    if (o.ship) built = await o.ship(built)
    if (o.shippedStrip !== null) {
      const strip = o.shippedStrip
      const unsplit = built
      built = await logger.group('Debug symbols', async () => {
        const split = await splitDebugSymbols(unsplit, { host: o.host, env: o.toolEnv, strip })
        for (const line of split.info) logger.info(line)
        for (const w of split.warnings) logger.warning(w)
        return split.artifacts
      })
    }
    if (o.afterShipped !== undefined) built = await o.afterShipped(built)
    if (breakdown) built = await withDebugWeight(built)
    if (settings.baseline !== 'profile') return { built, baseline: null, baselineNote: null }
    return { built, ...(await profileBaseline(o)) }
  } finally {
    if (lock.restore()) {
      logger.warning(
        'Cargo.lock is out of date: cargo resolved the dependencies again for this build, and your Cargo.lock was put back unchanged. Run `cargo update` (or `cargo generate-lockfile`) and commit it, or set `locked: true` to fail instead.'
      )
    }
  }
}

/**
 * The `baseline: profile` comparison build. It is auxiliary: when it fails while the real build
 * succeeded, that is a warning naming the baseline build, and the run has no baseline.
 */
async function profileBaseline(
  o: BuildPhaseOptions
): Promise<Pick<BuildPhaseResult, 'baseline' | 'baselineNote'>> {
  const { settings, project } = o
  const label = 'Baseline build (profile untouched)'
  try {
    const before = await buildAll({
      settings,
      project,
      targets: o.targets,
      logger: o.logger,
      envFor: o.baselineEnv,
      profileArgs: [],
      targetDir: path.join(project.targetDirectory, 'rust-optimize-baseline'),
      label,
      breakdown: settings.sizeBreakdown,
      annotate: false
    })
    const baseline: Baseline = {
      description: `the \`${settings.profile}\` profile without the preset`,
      sizes: Object.fromEntries(before.map((a) => [artifactKey(a), a.size]))
    }
    if (settings.sizeBreakdown) baseline.crates = cratesByArtifact(before)
    return { baseline, baselineNote: null }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    o.logger.warning(
      `The baseline build (baseline: profile, the \`${settings.profile}\` profile without the preset) failed, so there is no baseline; the optimized build succeeded and is reported. ${why}`
    )
    return {
      baseline: null,
      baselineNote: `No baseline: the baseline build (the \`${settings.profile}\` profile without the preset) failed; see the warning in the log.`
    }
  }
}
