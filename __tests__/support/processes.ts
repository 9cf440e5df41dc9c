// Processes a test started or waits on: the command-line front end in a child, liveness, polling.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { baseEnv, ROOT } from './action.js'

export const CLI = path.join(ROOT, 'dist', 'cli.js')

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Starts `node dist/cli.js args` in `cwd` with baseEnv() plus `env`; `done` settles on exit. */
export function startCli(
  cwd: string,
  args: string[],
  env: Record<string, string>,
  /** What runs the CLI: node itself, or a program wrapping it (such as script(1)). */
  [program, ...programArgs]: string[] = [process.execPath, CLI]
): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(program, [...programArgs, ...args], {
    cwd,
    env: { ...baseEnv(), ...env } as NodeJS.ProcessEnv
  })
  const done = new Promise<CliRun>((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
  return { child, done }
}

/** Whether `pid` is a live process (a zombie waiting for its parent counts as ended). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

/** Polls `probe` every 50 ms until it gives a value other than null; throws after `ms`. */
export async function waitFor<T>(what: string, probe: () => T | null, ms: number): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = probe()
    if (value !== null) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** The pid a fixture's build script writes to `pidFile` (RO_TEST_PID_FILE) once it runs. */
export function waitForBuildScript(pidFile: string): Promise<number> {
  return waitFor(
    'the build script to start',
    () =>
      existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== ''
        ? Number(readFileSync(pidFile, 'utf8'))
        : null,
    240_000
  )
}
