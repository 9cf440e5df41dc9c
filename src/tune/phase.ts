// The tuning phase: builds each candidate in a target directory of its own outside the user's
// tree, measures it (size; for `speed` the benchmark in interleaved rounds) and picks the winner.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BuildFailed } from '../phases/build.js'
import type { Logger } from '../logger.js'
import type { Artifact } from '../report/sizes.js'
import { BenchmarkFailed, runBenchmarkLines } from './bench-run.js'
import type { Env } from '../env.js'
import type { Candidate } from './candidates.js'
import { lineNotes, type Measured, type TuneOutcome } from './evidence.js'
import type { BenchmarkLine } from './inputs.js'
import { roundOrder, runSeed } from './order.js'
import { keepFiles } from './ship.js'
import { CONTROL_RUNS, decideSpeed, median, MIN_ROUNDS, settled, type Timings } from './stats.js'

/** At most this many timed rounds … */
export const MAX_ROUNDS = 30
/** … and, once MIN_ROUNDS are done, no new round after this many seconds of timed rounds. */
export const TIME_BUDGET_SECONDS = 300

export interface TuneOptions {
  mode: 'size' | 'speed'
  candidates: Candidate[]
  benchmark: BenchmarkLine[]
  host: string
  cwd: string
  /** Environment of the benchmark processes. */
  env: Env
  /** Where candidate target directories go (RUNNER_TEMP, else the system's temp). */
  tempRoot: string
  /** Builds a candidate into `targetDir` and measures its artifacts. */
  build: (candidate: Candidate, targetDir: string) => Promise<Artifact[]>
  logger: Logger
  notes: string[]
  /** `tune-min-gain` as a fraction; default 1%. */
  minGain?: number
}

interface Built {
  candidate: Candidate
  artifacts: Artifact[]
  buildSeconds: number
}

/**
 * Builds the candidates one after the other (each cargo build logs in a group of its own).
 * The first candidate (the preset, or the control) must build; another that fails to build is
 * left out with a warning. `log` collects one line per candidate for the results group.
 */
async function buildCandidates(
  o: TuneOptions,
  root: string,
  log: string[],
  afterBuild: (b: Built) => Promise<void>
): Promise<Built[]> {
  const built: Built[] = []
  for (const [i, candidate] of o.candidates.entries()) {
    const start = process.hrtime.bigint()
    let artifacts: Artifact[]
    try {
      artifacts = await o.build(candidate, path.join(root, `candidate-${i}`))
    } catch (error) {
      if (i === 0 || !(error instanceof BuildFailed)) throw error
      const why = `candidate '${candidate.name}' left out: it failed to build (${error.message.split('\n')[0]})`
      o.logger.warning(`tune: ${why}`)
      o.notes.push(why)
      continue
    }
    const buildSeconds = Number(process.hrtime.bigint() - start) / 1e9
    const size = artifacts.reduce((s, a) => s + a.size, 0)
    log.push(
      `${candidate.name}: ${artifacts.length} artifact(s), ${size} bytes, built in ${buildSeconds.toFixed(1)} s`
    )
    built.push({ candidate, artifacts, buildSeconds })
    await afterBuild(built[built.length - 1])
  }
  return built
}

function binDir(b: Built, host: string): string {
  const mine = b.artifacts.filter((a) => a.target === host)
  const file = mine.find((a) => a.kind === 'bin') ?? mine[0]
  if (file === undefined) {
    throw new Error(
      `Input 'tune' is 'speed', but candidate '${b.candidate.name}' built no artifact for the host target ${host} to run the benchmark with`
    )
  }
  return path.dirname(file.path)
}

/** Below this many CPU seconds per round, the report says the clock's ticks are coarse. */
const SHORT_RUN_SECONDS = 0.5

/**
 * Once the control's first run is known, a run of a line that takes ten times as long (and at
 * least this many seconds) is stopped and fails: a hanging benchmark cannot hold the job.
 */
export const MIN_LINE_LIMIT_SECONDS = 60

/**
 * Runs the benchmark once with a candidate: seconds per line, their sum, and the clock used.
 * `limits`: per-line time limits (see MIN_LINE_LIMIT_SECONDS).
 */
async function benchOnce(
  o: TuneOptions,
  b: Built,
  limits?: number[]
): Promise<{ seconds: number; lines: number[]; walls: number[]; cpu: boolean }> {
  const times = await runBenchmarkLines({
    lines: o.benchmark,
    binDir: binDir(b, o.host),
    cwd: o.cwd,
    env: o.env,
    candidate: b.candidate.name,
    limits
  })
  return {
    seconds: times.reduce((s, t) => s + t.seconds, 0),
    lines: times.map((t) => t.seconds),
    walls: times.map((t) => t.wall),
    cpu: times.every((t) => t.cpu)
  }
}

async function timeRounds(
  o: TuneOptions,
  built: Built[],
  limits: number[]
): Promise<{ timings: Timings; perLine: Timings[]; clock: 'cpu' | 'wall' }> {
  let clock: 'cpu' | 'wall' = 'cpu'
  const perLine: Timings[] = o.benchmark.map(() =>
    Object.fromEntries(built.map((b) => [b.candidate.name, []]))
  )
  const once = async (i: number): Promise<number> => {
    const t = await benchOnce(o, built[i], limits)
    if (!t.cpu) clock = 'wall'
    t.lines.forEach((seconds, l) => perLine[l][built[i].candidate.name].push(seconds))
    return t.seconds
  }
  const control = built[0].candidate.name
  const timings: Timings = Object.fromEntries(built.map((b) => [b.candidate.name, []]))
  // Each round runs the candidates in an order shuffled from the run's seed, so a warm-up or
  // ordering effect favours no one; the control runs CONTROL_RUNS times (the slots past the
  // candidates are its extra runs).
  const seed = runSeed(o.env)
  o.logger.info(`round order: shuffled per round, seed ${seed}; ${control} runs ${CONTROL_RUNS}×`)
  o.notes.push(
    `Each round ran the candidates in a shuffled order (seed ${seed}), ${control} ${CONTROL_RUNS} times.`
  )
  const start = process.hrtime.bigint()
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    for (const slot of roundOrder(built.length + CONTROL_RUNS - 1, round, seed)) {
      const i = slot < built.length ? slot : 0
      timings[built[i].candidate.name].push(await once(i))
    }
    const elapsed = Number(process.hrtime.bigint() - start) / 1e9
    if (round < MIN_ROUNDS) continue
    if (settled(decideSpeed(timings, control, { minGain: o.minGain }), control)) {
      o.logger.info(`ranking settled after ${round} rounds`)
      break
    }
    if (elapsed + elapsed / round > TIME_BUDGET_SECONDS) {
      o.logger.info(`time budget reached after ${round} rounds (${elapsed.toFixed(0)} s)`)
      break
    }
  }
  return { timings, perLine, clock }
}

function sizeOf(b: Built): number {
  return b.artifacts.reduce((s, a) => s + a.size, 0)
}

/** The smallest wins; on a tie the earlier candidate (the preset comes first). */
function sizeOutcome(o: TuneOptions, built: Built[]): TuneOutcome {
  const winner = built.reduce((best, b) => (sizeOf(b) < sizeOf(best) ? b : best))
  const measured: Measured[] = built.map((b) => ({ ...b, size: sizeOf(b), time: null }))
  return {
    mode: 'size',
    measured,
    winner: winner.candidate,
    decision: null,
    clock: 'cpu',
    notes: o.notes
  }
}

/**
 * The warm-up round right before timing: every candidate runs the benchmark once, untimed. A
 * candidate other than the control whose run fails (e.g. SIGILL: this machine lacks an
 * instruction its target-cpu allows) is left out with a warning; the control failing was
 * already an error after its build.
 */
async function warmUp(o: TuneOptions, built: Built[], limits: number[]): Promise<Built[]> {
  const kept: Built[] = []
  for (const [i, b] of built.entries()) {
    try {
      const t = await benchOnce(o, b, limits)
      o.logger.info(`${b.candidate.name}: warm-up run ${t.seconds.toFixed(2)} s`)
      kept.push(b)
    } catch (error) {
      if (i === 0 || !(error instanceof BenchmarkFailed)) throw error
      const why = `candidate '${b.candidate.name}' left out: ${error.message}`
      o.logger.warning(`tune: ${why}`)
      o.notes.push(why)
    }
  }
  return kept
}

async function speedOutcome(o: TuneOptions, all: Built[], limits: number[]): Promise<TuneOutcome> {
  const built = await warmUp(o, all, limits)
  const control = built[0].candidate.name
  // With nothing left to compare (the others left out), there is nothing to time.
  const { timings, perLine, clock } =
    built.length > 1
      ? await timeRounds(o, built, limits)
      : { timings: { [control]: [] }, perLine: [], clock: 'cpu' as const }
  const decision = decideSpeed(timings, control, { minGain: o.minGain })
  for (const e of decision.estimates)
    o.logger.info(
      `${e.name}: median ${e.time.toFixed(3)} s, ratio ${e.ratio.toFixed(3)} (${e.low?.toFixed(3)}–${e.high?.toFixed(3)})`
    )
  const winner = built.find((b) => b.candidate.name === decision.winner) as Built
  const base = timings[control].length > 0 ? median(timings[control]) : null
  if (clock === 'cpu' && base !== null && base < SHORT_RUN_SECONDS)
    o.notes.push(
      `A benchmark round of ${control} took ${base.toFixed(2)} s of CPU time, counted in 10 ms ticks: lines that run for a second or more compare more finely.`
    )
  return {
    mode: 'speed',
    measured: built.map((b) => ({
      ...b,
      size: sizeOf(b),
      time: timings[b.candidate.name].length > 0 ? median(timings[b.candidate.name]) : null
    })),
    winner: winner.candidate,
    decision,
    clock,
    notes: [...o.notes, ...lineNotes(o.benchmark, perLine, control, decision.winner)]
  }
}

/** Builds and measures the candidates (the first is the reference) and picks the winner. */
export async function runTune(o: TuneOptions): Promise<TuneOutcome> {
  const parent = o.tempRoot || os.tmpdir()
  mkdirSync(parent, { recursive: true })
  const root = mkdtempSync(path.join(parent, 'rust-optimize-tune-'))
  try {
    // For speed, the first candidate (the control) runs the benchmark once right after its
    // build, so a line that fails stops the run before the other candidates are built.
    const log: string[] = []
    let limits: number[] = []
    const check = async (b: Built): Promise<void> => {
      if (o.mode !== 'speed' || b.candidate !== o.candidates[0]) return
      const t = await benchOnce(o, b)
      limits = t.walls.map((w) => Math.max(MIN_LINE_LIMIT_SECONDS, 10 * w))
    }
    const built = await buildCandidates(o, root, log, check)
    const outcome = await o.logger.group(
      o.mode === 'size' ? 'Tune: sizes' : 'Tune: benchmark',
      async () => {
        for (const line of log) o.logger.info(line)
        return o.mode === 'size' ? sizeOutcome(o, built) : speedOutcome(o, built, limits)
      }
    )
    // The winner's files outlive its target directory: they are what ships.
    const won = built.find((b) => b.candidate === outcome.winner) as Built
    return { ...outcome, kept: keepFiles(won.artifacts, parent) }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
