// Runs the bundled action the way the runner does: INPUT_* variables, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY and GITHUB_STATE files, in a child process.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { scrubTestEnv } from '../../scripts/test-env.mjs'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** STATE_* variables the main step saved, ready to pass to the post step. */
  state: Record<string, string>
  runnerTemp: string
}

/** Parses the GITHUB_OUTPUT / GITHUB_STATE file format (`name<<DELIM\nvalue\nDELIM`). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (heredoc !== null) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i])
      out[heredoc[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return out
}

export interface RunActionOptions {
  inputs?: Record<string, string>
  env?: Record<string, string | undefined>
  cwd?: string
  entry?: 'main' | 'post'
  /** State from a previous main step (for post). */
  state?: Record<string, string>
  runnerTemp?: string
}

/**
 * An sccache config file of the tests' own: sccache's server gets 30 s to start instead of 10 (the action waits 60 s), so
 * a busy 2-core machine running two test files at once does not make it fall back to no cache.
 */
let sccacheConf: string | null = null
function testSccacheConf(): string {
  if (sccacheConf === null) {
    sccacheConf = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-sccache-conf-')), 'config.toml')
    writeFileSync(sccacheConf, 'server_startup_timeout_ms = 30000\n')
  }
  return sccacheConf
}

/** An empty CARGO_HOME of the test process's own: no config.toml of the caller's changes a build. */
let cargoHome: string | null = null

/**
 * A clean environment: this process's, scrubbed as every test process's is (scripts/test-env.mjs:
 * the account's own HOME, the machine's RUSTUP_HOME, rustup's downloads refused), with an empty
 * CARGO_HOME (tests that need a registry make one of their own) and a test sccache config.
 */
export function baseEnv(): Record<string, string | undefined> {
  cargoHome ??= mkdtempSync(path.join(os.tmpdir(), 'ro-cargo-home-'))
  const env = scrubTestEnv({ ...process.env }, os.tmpdir(), cargoHome)
  env.SCCACHE_CONF = testSccacheConf()
  return env
}

export function runAction(options: RunActionOptions = {}): Promise<ActionRun> {
  return startAction(options).done
}

/** Starts a step of the bundled action; `done` settles when it has exited. */
export function startAction(options: RunActionOptions = {}): {
  child: ChildProcess
  done: Promise<ActionRun>
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-run-'))
  const runnerTemp = options.runnerTemp ?? path.join(dir, 'runner-temp')
  const files = {
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
    GITHUB_STATE: path.join(dir, 'state'),
    GITHUB_ENV: path.join(dir, 'env'),
    GITHUB_PATH: path.join(dir, 'path')
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const env: Record<string, string | undefined> = {
    ...baseEnv(),
    ...files,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: path.join(dir, 'tool-cache'),
    GITHUB_WORKSPACE: options.cwd ?? ROOT,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    env[`INPUT_${name.toUpperCase().replace(/ /g, '_')}`] = value
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'dist', `${options.entry ?? 'main'}.js`)],
    {
      cwd: options.cwd ?? ROOT,
      env: env as NodeJS.ProcessEnv
    }
  )
  const done = new Promise<ActionRun>((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const read = (f: string): string => (existsSync(f) ? readFileSync(f, 'utf8') : '')
      resolve({
        code: code ?? 1,
        stdout,
        stderr,
        outputs: parseCommandFile(read(files.GITHUB_OUTPUT)),
        summary: read(files.GITHUB_STEP_SUMMARY),
        state: parseCommandFile(read(files.GITHUB_STATE)),
        runnerTemp
      })
    })
  })
  return { child, done }
}
