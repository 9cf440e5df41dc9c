// Connects `tune` to the pipeline: realizes the candidates from the run's profile and rustflags
// plans, trains PGO's candidate when asked, builds and measures them, and hands back the
// winner's plan for the shipped build.
import os from 'node:os'
import { buildAll, type BuildSettings } from '../phases/build.js'
import type { Env } from '../env.js'
import { protectLockfile } from '../cargo/lockfile.js'
import type { PresetName } from '../cargo/presets.js'
import type { MergeOptions, ProfilePlan, UserProfile } from '../cargo/profile.js'
import type { Project } from '../cargo/project.js'
import type { RustflagsPlan } from '../cargo/rustflags.js'
import type { Logger } from '../logger.js'
import type { PgoRun } from '../pgo/phase.js'
import type { Artifact } from '../report/sizes.js'
import {
  PRESET_SPEC,
  pgoCandidate,
  realize,
  realizeCandidates,
  sizeCandidates,
  speedCandidates,
  type RealizeContext
} from './candidates.js'
import type { TuneOutcome } from './evidence.js'
import type { BenchmarkLine, TuneSettings } from './inputs.js'
import { runTune } from './phase.js'

export interface TunePhaseOptions {
  tune: TuneSettings
  benchmark: BenchmarkLine[]
  preset: PresetName
  /** Whether target-cpu is the action's to vary (the input is `auto`). */
  cpuVaries: boolean
  /** The build settings (what cargo builds and how it is invoked). */
  settings: BuildSettings
  project: Project
  targets: string[]
  host: string
  user: UserProfile
  merge: MergeOptions
  rustflags: RealizeContext['rustflags']
  cpuAsSet: RealizeContext['cpuAsSet']
  /** The cargo environment of a target under a plan. */
  envOf: (plan: ProfilePlan, flags: RustflagsPlan[], triple: string) => Env
  /** Environment of the benchmark processes. */
  runEnv: Env
  logger: Logger
  /** A merged PGO profile to add the PGO candidate of `speed` with; null: no PGO candidate. */
  pgoProfile?: string | null
  /**
   * `pgo-train` with `speed`: trains on the preset candidate (PGO's tools already found), and the
   * merged profile makes the PGO candidate. The training lines are those of `pgo-train`.
   */
  pgoTrain?: { run: PgoRun; lines: string[] } | null
}

export interface TunePhaseResult {
  outcome: TuneOutcome
  plan: ProfilePlan
  flags: RustflagsPlan[]
  /** The merged profile the winner builds with, when the PGO candidate won. */
  pgoProfile: string | null
  /** What PGO's output and report say: the profile shipped (if any) and the training lines. */
  pgo: { profiles: string[]; report: string[] } | null
}

/**
 * The instrumented build of the preset candidate, the training lines and the merge (PGO's own
 * cycle, on the host: the only target `speed` builds). Resolves with the merged profile.
 */
async function trainPreset(
  o: TunePhaseOptions,
  ctx: RealizeContext,
  train: NonNullable<TunePhaseOptions['pgoTrain']>
): Promise<string> {
  await train.run.train([o.host], (triple, more, targetDir): Promise<Artifact[]> => {
    const instrumented = realize(PRESET_SPEC, {
      ...ctx,
      rustflags: (t, cpu, own) => ctx.rustflags(t, cpu, [...own, ...more])
    })
    return buildAll({
      settings: o.settings,
      project: o.project,
      targets: [triple],
      envFor: (t) => o.envOf(instrumented.plan, instrumented.flags, t),
      profileArgs: instrumented.plan.cliArgs,
      targetDir,
      logger: o.logger,
      label: "PGO: instrumented build of candidate 'preset'",
      // Failing here fails the step, as PGO's own instrumented build does.
      annotate: true,
      breakdown: false
    })
  })
  const [profile] = train.run.profiles()
  return profile
}

/** PGO's part of the report and outputs when `tune` ran. */
function pgoResult(o: TunePhaseOptions, shipped: string | null): TunePhaseResult['pgo'] {
  if (!o.pgoTrain) return shipped === null ? null : { profiles: [shipped], report: [] }
  const lines = o.pgoTrain.run.report().filter((l, i, all) => l !== '' || i < all.length - 1)
  lines.push(
    shipped === null
      ? "- Trained for the `tune: speed` candidate 'preset with PGO', which did not ship: the shipped build is not profile-guided."
      : "- Trained for the `tune: speed` candidate 'preset with PGO', which won: the shipped build is profile-guided.",
    ''
  )
  return { profiles: shipped === null ? [] : [shipped], report: lines }
}

export async function tunePhase(o: TunePhaseOptions): Promise<TunePhaseResult> {
  const mode = o.tune.mode
  if (mode === 'none') throw new Error('tunePhase called without tune')
  if (mode === 'speed' && !o.targets.includes(o.host)) {
    throw new Error(
      `Input 'tune' is 'speed', which runs the benchmark on this machine, but 'targets' (${o.targets.join(', ')}) does not include the host ${o.host}; expected the host among the targets, or 'tune: size'`
    )
  }
  const ctx: RealizeContext = {
    user: o.user,
    merge: o.merge,
    triples: o.targets,
    rustflags: o.rustflags,
    cpuAsSet: o.cpuAsSet
  }
  // Candidates are measured as they ship. Keys forced for debug-symbols (an unstripped link,
  // split afterwards) stay out of the candidates, so their sizes are the stripped ones, and come
  // back for the winner's shipped build.
  const measureCtx = { ...ctx, merge: { ...o.merge, forced: undefined, forcedNote: undefined } }
  // Speed is measured on the host, so the candidates build only the host target.
  const buildTargets = mode === 'speed' ? [o.host] : o.targets
  const lock = protectLockfile(o.project.workspaceRoot)
  try {
    const specs =
      mode === 'size'
        ? sizeCandidates(o.preset, o.cpuVaries)
        : speedCandidates(o.preset, o.cpuVaries)
    if (mode === 'speed' && o.pgoTrain)
      specs.push(pgoCandidate(await trainPreset(o, measureCtx, o.pgoTrain), o.pgoTrain.lines))
    else if (mode === 'speed' && o.pgoProfile) specs.push(pgoCandidate(o.pgoProfile))
    const { candidates, dropped } = realizeCandidates(specs, measureCtx)
    const notes = dropped.map(
      (d) => `candidate '${d.name}' left out: it builds the same as '${d.sameAs}'`
    )
    if (mode === 'speed' && !o.pgoProfile && !o.pgoTrain)
      notes.push(
        "No PGO candidate: set 'pgo-train' (to train in this run) or 'pgo-profile' (a merged profile) to add one."
      )
    for (const n of notes) o.logger.info(n)
    const outcome = await runTune({
      mode,
      candidates,
      benchmark: o.benchmark,
      host: o.host,
      cwd: o.settings.workingDirectory,
      env: o.runEnv,
      tempRoot: o.runEnv.RUNNER_TEMP ?? os.tmpdir(),
      notes,
      minGain: o.tune.minGain,
      logger: o.logger,
      build: (c, targetDir) =>
        buildAll({
          settings: o.settings,
          project: o.project,
          targets: buildTargets,
          envFor: (t) => o.envOf(c.plan, c.flags, t),
          profileArgs: c.plan.cliArgs,
          targetDir,
          logger: o.logger,
          label: `Candidate '${c.name}':`,
          // A candidate that fails to build is left out: its errors are logged, not annotated.
          annotate: false,
          // Candidates are compared by total size; the winner is measured when it is rebuilt.
          breakdown: false
        })
    })
    const shipped = realize(outcome.winner.spec, ctx)
    const pgoProfile = outcome.winner.spec.pgoProfile ?? null
    return {
      outcome,
      plan: shipped.plan,
      flags: shipped.flags,
      pgoProfile,
      pgo: pgoResult(o, pgoProfile)
    }
  } finally {
    lock.restore()
  }
}
