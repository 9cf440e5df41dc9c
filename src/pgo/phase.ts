// PGO in the pipeline: finds llvm-profdata before anything is built, runs the training cycle before
// the optimized build, checks that rustc really used the profile, and times the result.
import { createHash } from 'node:crypto'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { sha256File } from '../hash.js'
import type { Diagnostic } from '../cargo/messages.js'
import type { Logger } from '../logger.js'
import type { Artifact } from '../report/sizes.js'
import { timeCandidates, type CommandLine } from './commands.js'
import type { Env } from '../env.js'
import { runPgoCycle, type PgoCycleResult } from './cycle.js'
import {
  checkUseDiagnostics,
  compareTimes,
  describeComparison,
  rustcLlvmMajor,
  useFlags,
  type Comparison,
  type PgoMode
} from './plan.js'
import { locateProfdata, type Profdata } from './profdata.js'
import { runnableHere } from './inputs.js'

export { isPgoNoise } from './plan.js'

/** Interleaved rounds of the benchmark (each line runs this often per build). */
export const BENCH_ROUNDS = 5

export interface PgoToolchain {
  versionText: string
  sysroot: string
  host: string
  rustup: boolean
  env: Record<string, string>
}

export interface PgoPhaseOptions {
  mode: PgoMode
  benchmark: CommandLine[]
  cwd: string
  toolchain: PgoToolchain
  /** The runner's temp directory (or the system's): the PGO work happens there. */
  tempDir: string
  /** Identifies the project (the same project gets the same directory, so sccache can hit). */
  projectId: string
  env: Env
  logger: Logger
}

export interface PgoRun {
  /** rustflags of a target's optimized build. */
  flagsFor: (triple: string) => string[]
  /** The merged profiles the optimized build used (one per trained target). */
  profiles: () => string[]
  /** What the sccache key records about PGO. */
  keyPart: unknown
  /** Runs the training cycle per target (nothing to do with `pgo-profile`). */
  train: (
    targets: string[],
    buildWith: (triple: string, flags: string[], targetDir: string) => Promise<Artifact[]>
  ) => Promise<void>
  /** Fails when rustc ignored the profile; counts the functions it had no data for. */
  check: (diagnostics: Diagnostic[]) => void
  /** With `benchmark`: builds without PGO and times both. */
  benchmark: (
    buildPlain: (targetDir: string) => Promise<Artifact[]>,
    built: Artifact[]
  ) => Promise<void>
  /** Report lines (markdown). */
  report: () => string[]
}

const short = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12)

export async function preparePgo(o: PgoPhaseOptions): Promise<PgoRun> {
  const { logger, mode } = o
  const major = rustcLlvmMajor(o.toolchain.versionText)
  const workDir = path.join(o.tempDir, 'rust-optimize-pgo', short(o.projectId))
  let tool: Profdata | null = null
  if (mode.kind === 'train') {
    tool = await locateProfdata({
      major,
      sysroot: o.toolchain.sysroot,
      host: o.toolchain.host,
      rustup: o.toolchain.rustup,
      cwd: o.cwd,
      env: { ...o.env, ...o.toolchain.env },
      log: (m) => logger.info(m)
    })
    logger.info(
      `llvm-profdata: ${tool.path} (LLVM ${tool.major ?? '?'}, from ${tool.origin}; rustc's LLVM ${major ?? '?'})`
    )
    if (!tool.matches)
      logger.warning(
        `llvm-profdata ${tool.path} is LLVM ${tool.major ?? '?'} while rustc uses LLVM ${major ?? '?'}; it may not read rustc's raw profiles`
      )
  }
  // One cycle per target, each in a directory of its own.
  const workDirOf = (triple: string): string => path.join(workDir, triple)
  const profileOf = (triple: string): string =>
    mode.kind === 'train' ? path.join(workDirOf(triple), 'merged.profdata') : mode.path
  const keyPart =
    mode.kind === 'train'
      ? { train: mode.lines.map((l) => l.argv) }
      : { profile: await sha256File(mode.path) }
  const cycles = new Map<string, PgoCycleResult>()
  let missing: number | null = null
  let comparisons: Comparison[] | null = null
  let clock: 'cpu' | 'wall' = 'cpu'

  return {
    flagsFor: (triple) => useFlags(profileOf(triple)),
    profiles: () =>
      mode.kind === 'train' ? [...cycles.values()].map((c) => c.profile) : [mode.path],
    keyPart,
    train: async (targets, buildWith) => {
      if (mode.kind !== 'train' || tool === null) return
      const profdata = tool
      for (const triple of targets) {
        const cycle = await runPgoCycle({
          lines: mode.lines,
          cwd: o.cwd,
          workDir: workDirOf(triple),
          tool: profdata,
          rustcMajor: major,
          rustup: o.toolchain.rustup,
          env: o.env,
          buildInstrumented: async (flags, targetDir) =>
            (await buildWith(triple, flags, targetDir)).map((a) => a.path),
          log: (m) => logger.info(m),
          group: (name, fn) => logger.group(`${name} ${triple}`, fn)
        })
        cycles.set(triple, cycle)
      }
    },
    check: (diagnostics) => {
      const result = checkUseDiagnostics(
        diagnostics,
        [...cycles.values()]
          .map((c) => c.profile)
          .concat(mode.kind === 'profile' ? [mode.path] : [])
      )
      if (result.ignored !== null) {
        throw new Error(
          `PGO: rustc ignored the profile ("${result.ignored}"), so the build would not be profile-guided. ${mode.kind === 'profile' ? "Input 'pgo-profile' must be a profile merged by an llvm-profdata that matches rustc's LLVM version." : 'The merged profile is unreadable for this rustc.'}`
        )
      }
      missing = result.missingFunctions
      logger.info(`PGO: rustc found no profile data for ${missing} function(s) of the build`)
    },
    benchmark: async (buildPlain, all) => {
      // The first target the runner executes (the host, or the first of the trained ones).
      const first = all.find((a) => runnableHere(a.target))
      if (o.benchmark.length === 0 || first === undefined) return
      const built = all.filter((a) => a.target === first.target)
      const plainDir = path.join(workDir, 'without-pgo')
      try {
        const plain = (await buildPlain(plainDir)).filter((a) => a.target === first.target)
        if (plain.length === 0) return
        const timings = await logger.group('PGO: benchmark', () =>
          timeCandidates({
            input: 'benchmark',
            lines: o.benchmark,
            candidates: [
              { name: 'pgo', binDir: path.dirname(built[0].path) },
              { name: 'plain', binDir: path.dirname(plain[0].path) }
            ],
            rounds: BENCH_ROUNDS,
            cwd: o.cwd,
            env: o.env
          })
        )
        clock = timings.clock
        comparisons = compareTimes(
          o.benchmark.map((l) => l.text),
          timings.seconds.pgo,
          timings.seconds.plain
        )
        for (const c of comparisons) logger.info(`benchmark '${c.line}': ${describeComparison(c)}`)
      } finally {
        rmSync(plainDir, { recursive: true, force: true })
      }
    },
    report: () => pgoReport({ mode, cycles, missing, comparisons, clock, tool })
  }
}

function pgoReport(d: {
  mode: PgoMode
  cycles: Map<string, PgoCycleResult>
  missing: number | null
  comparisons: Comparison[] | null
  clock: 'cpu' | 'wall'
  tool: Profdata | null
}): string[] {
  const lines = ['**Profile-guided optimization**', '']
  for (const [triple, cycle] of d.cycles) {
    const on = d.cycles.size > 1 ? ` (\`${triple}\`)` : ''
    const trained = cycle.trained.map((t) => `\`${t.line}\` (${t.seconds.toFixed(2)} s)`)
    lines.push(
      `- Trained${on} with ${trained.length} command(s): ${trained.join(', ')}; merged ${cycle.rawProfiles} raw profile(s) with ${d.tool?.path ?? 'llvm-profdata'}.`
    )
    const s = cycle.stats
    if (s.functions !== null)
      lines.push(
        `- The profile${on} holds ${s.functions} function(s)${s.executed === null ? '' : `, ${s.executed} of them executed in training`}.`
      )
  }
  if (d.mode.kind === 'profile')
    lines.push(`- Built with the profile \`${d.mode.path}\` (input \`pgo-profile\`), no training.`)
  if (d.missing !== null)
    lines.push(`- rustc found no profile data for ${d.missing} function(s) of the build.`)
  if (d.comparisons !== null) {
    lines.push(
      '',
      `| benchmark | ${d.clock === 'cpu' ? 'CPU' : 'wall'} time with PGO / without (median of ${BENCH_ROUNDS} interleaved rounds, range) |`,
      '|---|---|'
    )
    for (const c of d.comparisons) lines.push(`| \`${c.line}\` | ${describeComparison(c)} |`)
  }
  lines.push('')
  return lines
}
