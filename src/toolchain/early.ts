// The toolchain probes the main step starts before it loads the rest of the action: node spends
// tens of milliseconds loading the pipeline, and rustc and rustup answer within that time on
// another core. The pipeline takes a probe's result only where it would start the very same
// process (program, arguments, directory, environment); anything else runs as it always did.
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Env } from '../env.js'
import { run, type RunResult } from '../exec.js'

export interface Call {
  program: string
  args: string[]
  cwd: string
  env: Env
}

/**
 * The variables a run will most likely select the toolchain with: what resolveToolchain returns as
 * `env` when rustup is there and nothing has to be installed. Processes started under it before
 * the toolchain is resolved may be kept when `env` turns out the same. Pure.
 */
export function likelyToolchainEnv(toolchain: string | null): Record<string, string> {
  return toolchain === null
    ? { RUSTUP_AUTO_INSTALL: '0' }
    : { RUSTUP_TOOLCHAIN: toolchain, RUSTUP_AUTO_INSTALL: '0' }
}

/**
 * The probes resolveToolchain starts at once: rustc's version and sysroot under the environment
 * the run will most likely use, and rustup's choice for the directory when no toolchain is
 * named (`active` is then null). Pure.
 */
export function toolchainProbes(
  toolchain: string | null,
  cwd: string,
  env: Env
): { version: Call; sysroot: Call; active: Call | null } {
  const rustcEnv = { ...env, ...likelyToolchainEnv(toolchain), RUST_BACKTRACE: '0' }
  const rustc = (args: string[]): Call => ({ program: 'rustc', args, cwd, env: rustcEnv })
  const probeEnv = { ...env, RUSTUP_AUTO_INSTALL: '0', RUST_BACKTRACE: '0' }
  return {
    version: rustc(['-vV']),
    sysroot: rustc(['--print', 'sysroot']),
    active:
      toolchain === null
        ? { program: 'rustup', args: ['show', 'active-toolchain'], cwd, env: probeEnv }
        : null
  }
}

/**
 * The step's environment without its `INPUT_*` variables: settings were read from them, and cargo,
 * build scripts and proc macros need not see `github-token` (a `run:` step would not have it). Pure.
 */
export function withoutInputs(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^INPUT_/i.test(name)))
}

/** The environment without the runner's ACTIONS_* variables (cache service and OIDC tokens). Pure. */
export function withoutRunnerTokens(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^ACTIONS_/i.test(name)))
}

/** `cargo metadata` as readProject runs it. Pure. */
export function metadataCall(cwd: string, manifestPath: string | null, env: Env): Call {
  const args = ['metadata', '--no-deps', '--format-version', '1', '--offline']
  if (manifestPath !== null) args.push('--manifest-path', manifestPath)
  return { program: 'cargo', args, cwd, env }
}

/**
 * What the main step's settings will most likely be, read as parseSettings reads them: the
 * working directory and the toolchain input. Null when they are not plain enough to guess. Pure.
 */
export function guessInputs(
  env: Env,
  cwd: string
): { toolchain: string | null; workingDirectory: string; manifestPath: string | null } | null {
  const toolchain = (env.INPUT_TOOLCHAIN ?? '').trim()
  if (toolchain !== '' && !/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(toolchain)) return null
  const wd = (env['INPUT_WORKING-DIRECTORY'] ?? '').trim() || '.' // as core.getInput reads it
  const workingDirectory = path.resolve(env.GITHUB_WORKSPACE ?? cwd, wd)
  const manifest = (env['INPUT_MANIFEST-PATH'] ?? '').trim()
  return {
    toolchain: toolchain === '' ? null : toolchain,
    workingDirectory,
    manifestPath: manifest === '' ? null : path.resolve(workingDirectory, manifest)
  }
}

const started = new Map<string, Promise<RunResult>>()

const keyOf = (c: Call): string =>
  JSON.stringify([
    c.program,
    c.args,
    c.cwd,
    Object.entries(c.env)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  ])

/** Starts `calls` now; their results wait for takeOrRun. */
export function startEarly(calls: Call[]): void {
  for (const c of calls) {
    const result = run(c.program, c.args, { cwd: c.cwd, env: c.env })
    result.catch(() => undefined) // taken (and its error seen) by takeOrRun, or never wanted
    started.set(keyOf(c), result)
  }
}

/** The result of the very same call started early, or the call run now. */
export function takeOrRun(c: Call): Promise<RunResult> {
  const key = keyOf(c)
  const early = started.get(key)
  if (early !== undefined) {
    started.delete(key)
    return early
  }
  return run(c.program, c.args, { cwd: c.cwd, env: c.env })
}

/**
 * The main step: starts the toolchain probes and cargo metadata (as startRun starts it, under the
 * likely toolchain) for the inputs as they most likely read.
 */
export function startToolchainProbes(env: Env, cwd: string): void {
  const guess = guessInputs(env, cwd)
  if (guess === null || !existsSync(guess.workingDirectory)) return
  const { toolchain, workingDirectory: dir, manifestPath } = guess
  const stepEnv = withoutInputs(env)
  const probes = toolchainProbes(toolchain, dir, stepEnv)
  const cargoEnv = withoutRunnerTokens({ ...stepEnv, ...likelyToolchainEnv(toolchain) })
  startEarly([
    metadataCall(dir, manifestPath, cargoEnv),
    probes.version,
    probes.sysroot,
    ...(probes.active === null ? [] : [probes.active])
  ])
}
