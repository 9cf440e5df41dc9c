// The build phase: cargo for every target, debug symbols split off, the `profile` baseline
// build, and the user's Cargo.lock kept byte-identical throughout.
import path from 'node:path'
import { measure } from './cargo/artifacts.js'
import { buildArgs, cargoBuild } from './cargo/build.js'
import { splitDebugSymbols } from './cargo/debug-symbols.js'
import { protectLockfile } from './cargo/lockfile.js'
import type { Logger } from './logger.js'
import type { Project } from './cargo/project.js'
import type { Settings } from './settings.js'
import { artifactKey, type Artifact, type Baseline } from './report/sizes.js'

export type Env = Record<string, string | undefined>

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
  const absolute = path.resolve(workspaceRoot, d.file)
  const repo = process.env.GITHUB_WORKSPACE
  return { ...d, file: repo ? path.relative(repo, absolute) : absolute }
}

interface BuildAllOptions {
  settings: Settings
  project: Project
  targets: string[]
  envFor: (triple: string) => Env
  targetDir: string | null
  logger: Logger
  label: string
  onMessage?: (line: string) => void
}

async function buildAll(opts: BuildAllOptions): Promise<Artifact[]> {
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
        log: (text) => logger.info(text),
        onMessage: opts.onMessage
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

export interface BuildPhaseOptions {
  settings: Settings
  project: Project
  targets: string[]
  host: string
  logger: Logger
  /** The environment of the optimized build for a target. */
  buildEnv: (triple: string) => Env
  /** The environment of the `profile` baseline build: no preset, no action rustflags. */
  baselineEnv: (triple: string) => Env
  /** The environment for tools run outside cargo (objcopy). */
  toolEnv: Env
  /** Strip level for shipped artifacts when debug symbols are split off; null: no split. */
  shippedStrip: 'all' | 'debug' | null
  /** Runs after the optimized build (e.g. reading the cache statistics of that build). */
  afterBuild?: () => Promise<void>
  /** Every JSON line cargo prints in the optimized build. */
  onCargoLine?: (line: string) => void
}

export interface BuildPhaseResult {
  built: Artifact[]
  /** The `profile` baseline, when asked for. */
  baseline: Baseline | null
}

export async function runBuilds(o: BuildPhaseOptions): Promise<BuildPhaseResult> {
  const { settings, project, targets, logger } = o
  const lock = protectLockfile(project.workspaceRoot)
  try {
    let built = await buildAll({
      ...o,
      envFor: o.buildEnv,
      targetDir: null,
      label: 'Build',
      onMessage: o.onCargoLine
    })
    await o.afterBuild?.()
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
    if (settings.baseline !== 'profile') return { built, baseline: null }
    const before = await buildAll({
      settings,
      project,
      targets,
      logger,
      envFor: o.baselineEnv,
      targetDir: path.join(project.targetDirectory, 'rust-optimize-baseline'),
      label: 'Baseline build (profile untouched)'
    })
    return {
      built,
      baseline: {
        description: `the \`${settings.profile}\` profile without the preset`,
        sizes: Object.fromEntries(before.map((a) => [artifactKey(a), a.size]))
      }
    }
  } finally {
    if (lock.restore()) {
      logger.warning(
        'Cargo.lock is out of date: cargo resolved the dependencies again for this build, and your Cargo.lock was put back unchanged. Run `cargo update` (or `cargo generate-lockfile`) and commit it, or set `locked: true` to fail instead.'
      )
    }
  }
}
