// Command lines of `pgo-train` and `benchmark`: parsed like POSIX shell words (never run through a
// shell), run in the project directory with a build's artifacts first on PATH, timed on CPU time.
// Shared with `tune`, which times its candidates the same way.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { split as shellSplit } from 'shlex'
import { run } from '../exec.js'

import type { Env } from '../env.js'

export interface CommandLine {
  /** The line as the user wrote it (for messages). */
  text: string
  /** Program and arguments. */
  argv: string[]
}

/**
 * One command per non-empty line; `#` lines are comments. Throws a message fit for an input error
 * (the caller names the input). Pure.
 */
export function parseCommandLines(raw: string): CommandLine[] {
  const lines: CommandLine[] = []
  for (const line of raw.split(/\r?\n/)) {
    const text = line.trim()
    if (text === '' || text.startsWith('#')) continue
    let argv: string[]
    try {
      argv = shellSplit(text)
    } catch (error) {
      throw new Error(
        `line '${text}' cannot be split as a POSIX shell splits words (${(error as Error).message})`,
        { cause: error }
      )
    }
    if (argv.length === 0) continue
    lines.push({ text, argv })
  }
  return lines
}

/** The environment of a command: `binDir` first on PATH and in RUST_OPTIMIZE_BIN_DIR. Pure. */
export function commandEnv(env: Env, binDir: string, extra: Env = {}): Env {
  const pathKey = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH'
  const rest = env[pathKey]
  return {
    ...env,
    [pathKey]: rest === undefined || rest === '' ? binDir : `${binDir}${path.delimiter}${rest}`,
    RUST_OPTIMIZE_BIN_DIR: binDir,
    ...extra
  }
}

/**
 * CPU seconds (user + system) used by this process's waited-for children so far, from Linux's
 * /proc/self/stat (cutime + cstime), or null where that is not available.
 */
export function childCpuSeconds(): number | null {
  if (process.platform !== 'linux') return null
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    // Fields after the command name (which may hold spaces) start at field 3 (state).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const cutime = Number(fields[16 - 3])
    const cstime = Number(fields[17 - 3])
    if (!Number.isFinite(cutime) || !Number.isFinite(cstime)) return null
    return (cutime + cstime) / 100 // USER_HZ is 100 on every Linux architecture Node runs on
  } catch {
    return null
  }
}

export interface LineResult {
  code: number
  /** CPU seconds of the command and its children; wall seconds where CPU time is unavailable. */
  seconds: number
  clock: 'cpu' | 'wall'
  stderrTail: string
}

/**
 * Runs one command line without a shell. Never rejects on a non-zero exit; a program that cannot
 * be started resolves with code 127 and the reason.
 */
export async function runCommandLine(
  line: CommandLine,
  options: { cwd: string; env: Env; log?: (text: string) => void }
): Promise<LineResult> {
  const cpuBefore = childCpuSeconds()
  const start = process.hrtime.bigint()
  let result
  try {
    result = await run(line.argv[0], line.argv.slice(1), {
      cwd: options.cwd,
      env: options.env,
      onStdoutLine: options.log,
      onStderrLine: options.log
    })
  } catch (error) {
    return { code: 127, seconds: 0, clock: 'wall', stderrTail: (error as Error).message }
  }
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  const cpuAfter = childCpuSeconds()
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore
  return {
    code: result.code,
    seconds: cpu ?? wall,
    clock: cpu === null ? 'wall' : 'cpu',
    stderrTail: result.stderr.trim().split('\n').slice(-10).join('\n')
  }
}

export class CommandFailed extends Error {
  constructor(input: string, line: CommandLine, result: LineResult) {
    super(
      `Input '${input}': the command '${line.text}' exited with code ${result.code}${result.stderrTail ? `:\n${result.stderrTail}` : ''}`
    )
    this.name = 'CommandFailed'
  }
}

/** A build the benchmark lines run against (PGO's with and without): a name and its artifacts. */
export interface BinDir {
  name: string
  /** Directory of the build's artifacts, put first on PATH. */
  binDir: string
}

/** Seconds per build, per benchmark line: PGO's measure (tune's `Timings` is one number a round). */
export interface LineTimings {
  /** Seconds per candidate name, per line (by index), one value per round. */
  seconds: Record<string, number[][]>
  clock: 'cpu' | 'wall'
}

/**
 * Times every line with every candidate, interleaved: each round runs each line once per
 * candidate, alternating the order from round to round so drift hits all candidates alike.
 * A failing line throws CommandFailed naming `input`.
 */
export async function timeCandidates(options: {
  input: string
  lines: CommandLine[]
  candidates: BinDir[]
  rounds: number
  cwd: string
  env: Env
}): Promise<LineTimings> {
  const seconds: Record<string, number[][]> = {}
  for (const c of options.candidates) seconds[c.name] = options.lines.map(() => [])
  let clock: 'cpu' | 'wall' = 'cpu'
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? options.candidates : [...options.candidates].reverse()
    for (const [i, line] of options.lines.entries()) {
      for (const c of order) {
        const result = await runCommandLine(line, {
          cwd: options.cwd,
          env: commandEnv(options.env, c.binDir)
        })
        if (result.code !== 0) throw new CommandFailed(options.input, line, result)
        if (result.clock === 'wall') clock = 'wall'
        seconds[c.name][i].push(result.seconds)
      }
    }
  }
  return { seconds, clock }
}
