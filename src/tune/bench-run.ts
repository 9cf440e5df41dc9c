// Runs `benchmark` lines and measures the CPU time of their processes. Thin effect module.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { run } from '../exec.js'
import type { BenchmarkLine } from './inputs.js'

export type Env = Record<string, string | undefined>

/**
 * CPU seconds (user + system) of this process's waited-for children so far, from
 * /proc/self/stat (`cutime` + `cstime`, in clock ticks of 1/100 s). A child's own waited-for
 * children are included. Null where there is no /proc (macOS, Windows).
 */
export function childrenCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return null
  }
}

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

function pathKey(env: Env): string {
  return Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH'
}

/** Runs every line once, one after the other; returns their times in order. */
export async function runBenchmarkLines(o: BenchRunOptions): Promise<LineTime[]> {
  const key = pathKey(o.env)
  const env: Env = {
    ...o.env,
    [key]: [o.binDir, o.env[key]].filter((p) => p !== undefined && p !== '').join(path.delimiter),
    RUST_OPTIMIZE_BIN_DIR: o.binDir
  }
  const times: LineTime[] = []
  for (const [i, line] of o.lines.entries()) {
    const [program, ...args] = line.argv
    const limit = o.limits?.[i]
    const cpuBefore = childrenCpuSeconds()
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
    const cpuAfter = childrenCpuSeconds()
    times.push(
      cpuBefore === null || cpuAfter === null
        ? { seconds: wall, cpu: false, wall }
        : { seconds: cpuAfter - cpuBefore, cpu: true, wall }
    )
  }
  return times
}
