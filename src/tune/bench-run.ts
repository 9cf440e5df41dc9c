// Runs `benchmark` lines and measures the CPU time of their processes, with a time limit per
// line and the signal that ended a run. Thin effect module; PATH and CPU clock as PGO's runner.
import type { Env } from '../env.js'
import { run } from '../exec.js'
import { childCpuSeconds, commandEnv } from '../pgo/commands.js'
import type { BenchmarkLine } from './inputs.js'

export class BenchmarkFailed extends Error {
  constructor(line: BenchmarkLine, candidate: string, detail: string) {
    super(
      `Input 'benchmark': the line '${line.text}' failed with the artifacts of candidate '${candidate}' first on PATH: ${detail}. Every line must exit with 0.`
    )
    this.name = 'BenchmarkFailed'
  }
}

export interface BenchRunOptions {
  lines: BenchmarkLine[]
  /** Directory of the candidate's host artifacts: first on PATH and in RUST_OPTIMIZE_BIN_DIR. */
  binDir: string
  cwd: string
  env: Env
  candidate: string
  /** Per line, seconds after which a run is stopped and counts as failed; none: no limit. */
  limits?: number[]
}

export interface LineTime {
  /** CPU seconds of the line's processes, or wall seconds where CPU time is unavailable. */
  seconds: number
  cpu: boolean
  /** Elapsed seconds. */
  wall: number
}

/** Runs every line once, one after the other; returns their times in order. */
export async function runBenchmarkLines(o: BenchRunOptions): Promise<LineTime[]> {
  const env = commandEnv(o.env, o.binDir)
  const times: LineTime[] = []
  for (const [i, line] of o.lines.entries()) {
    const [program, ...args] = line.argv
    const limit = o.limits?.[i]
    const cpuBefore = childCpuSeconds()
    const wallBefore = process.hrtime.bigint()
    let result
    try {
      result = await run(program, args, {
        cwd: o.cwd,
        env,
        onStdoutLine: () => undefined,
        timeoutMs: limit === undefined ? undefined : Math.ceil(limit * 1000)
      })
    } catch (error) {
      throw new BenchmarkFailed(line, o.candidate, (error as Error).message)
    }
    const wall = Number(process.hrtime.bigint() - wallBefore) / 1e9
    if (result.code !== 0 || result.signal) {
      const tail = result.stderr.trim().split('\n').slice(-5).join('\n')
      const how =
        limit !== undefined && wall >= limit
          ? `it did not finish within ${limit.toFixed(0)} s (stopped)`
          : result.signal
            ? `killed by ${result.signal}`
            : `exit code ${result.code}`
      throw new BenchmarkFailed(
        line,
        o.candidate,
        `${how}${tail === '' ? '' : `, stderr:\n${tail}\n`}`
      )
    }
    const cpuAfter = childCpuSeconds()
    times.push(
      cpuBefore === null || cpuAfter === null
        ? { seconds: wall, cpu: false, wall }
        : { seconds: cpuAfter - cpuBefore, cpu: true, wall }
    )
  }
  return times
}
