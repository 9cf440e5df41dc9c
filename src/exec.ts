// Thin process wrapper: runs a program without a shell, captures or streams its output. When this
// process is told to stop (SIGINT, SIGTERM: a cancelled job, Ctrl-C), everything it started stops
// with it (stop.ts): each child runs in a process group of its own (cargo with its rustc and build
// scripts), and the signal goes to every group before the run's cleanup and the exit.
import { spawn } from 'node:child_process'
import type { Env } from './env.js'
import { installStopHandlers, isStopping, trackChild } from './stop.js'

export interface RunOptions {
  cwd?: string
  /** The complete environment of the child (defaults to this process's). */
  env?: Env
  /** Called for each complete stdout line (the output is then not also captured). */
  onStdoutLine?: (line: string) => void
  /** Called for each complete stderr line (stderr is captured as well). */
  onStderrLine?: (line: string) => void
  input?: string
  /** Kill the child (SIGTERM) after this many milliseconds; it then resolves with code 1. */
  timeoutMs?: number
  /** Kill the child (SIGTERM) when this aborts; the call then rejects with an AbortError. */
  signal?: AbortSignal
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
  /** The signal that ended the child, if one did (its code is then 1). */
  signal?: NodeJS.Signals | null
}

export class ExecError extends Error {
  constructor(
    readonly command: string,
    readonly result: RunResult
  ) {
    const detail = result.stderr.trim().split('\n').slice(-5).join('\n')
    super(`'${command}' failed with exit code ${result.code}${detail ? `:\n${detail}` : ''}`)
    this.name = 'ExecError'
  }
}

/** Feeds complete lines of a chunked stream to `onLine`. */
function lineSplitter(onLine: ((line: string) => void) | undefined): {
  push: (chunk: string) => void
  flush: () => void
} {
  let pending = ''
  return {
    push: (chunk) => {
      if (onLine === undefined) return
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) onLine(line.replace(/\r$/, ''))
    },
    flush: () => {
      if (onLine !== undefined && pending !== '') onLine(pending)
      pending = ''
    }
  }
}

/** Runs `program args`; resolves with the exit code (never rejects on a non-zero exit). */
export function run(program: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  installStopHandlers()
  // Started by a stop hook (the run's cleanup while it stops): runs to its end like any other.
  const cleanup = isStopping()
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
      // A group of its own, so that a signal reaches the child's own children too.
      detached: process.platform !== 'win32',
      timeout: options.timeoutMs,
      signal: options.signal
    })
    const pgid = process.platform === 'win32' ? undefined : child.pid
    const forget = cleanup ? () => undefined : trackChild(child, pgid)
    let stdout = ''
    let stderr = ''
    const outLines = lineSplitter(options.onStdoutLine)
    const errLines = lineSplitter(options.onStderrLine)
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      if (options.onStdoutLine === undefined) stdout += chunk
      else outLines.push(chunk)
    })
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk
      errLines.push(chunk)
    })
    child.on('error', (error) => {
      if (child.pid === undefined) forget() // never started; an aborted one is kept until it closes
      reject(error)
    })
    child.on('close', (code, signal) => {
      // Stopping: nothing goes on after a cancelled child; this process exits once all have ended.
      if (isStopping() && !cleanup) return
      forget()
      outLines.flush()
      errLines.flush()
      resolve({ code: code ?? 1, stdout, stderr, signal })
    })
    // A child that exits before reading its input closes the pipe: EPIPE here is not an error of ours,
    // and an unhandled stream error would crash the whole process.
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

/** Runs and returns stdout, throwing ExecError on a non-zero exit. */
export async function output(
  program: string,
  args: string[],
  options: RunOptions = {}
): Promise<string> {
  const result = await run(program, args, options)
  if (result.code !== 0) throw new ExecError([program, ...args].join(' '), result)
  return result.stdout
}
