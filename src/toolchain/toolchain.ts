// The Rust toolchain the run uses: which one, installed when missing, its host triple and version.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { run, type RunResult } from '../exec.js'
import type { Env } from '../env.js'
import { likelyToolchainEnv, takeOrRun, toolchainProbes, type Call } from './early.js'
import { hasRustup, rustupError, rustupRetry, type RetryOptions } from './rustup.js'

export { likelyToolchainEnv }

export interface Toolchain {
  /** Variables that select the toolchain for every cargo and rustc call of the run. */
  env: Record<string, string>
  host: string
  release: string
  /** `rustc -vV`, for the log and the report. */
  versionText: string
  /** Where the toolchain came from, in words. */
  source: string
  /** True when rustup manages this toolchain (targets can be added). */
  rustup: boolean
  /** `rustc --print sysroot`. */
  sysroot: string
  /** Targets listed in the project's rust-toolchain file (installed with the targets phase). */
  fileTargets: string[]
}

/** Parses `rustc -vV`. Pure. */
export function parseRustcVersion(text: string): { host: string; release: string } {
  const field = (name: string): string => {
    const match = new RegExp(`^${name}: (.+)$`, 'm').exec(text)
    if (match === null) throw new Error(`Unexpected 'rustc -vV' output (no ${name}):\n${text}`)
    return match[1].trim()
  }
  return { host: field('host'), release: field('release') }
}

export interface ToolchainFile {
  path: string
  targets: string[]
  components: string[]
}

/** The toolchain file named in `rustup show active-toolchain` output, if any. Pure. */
export function toolchainFileOf(activeToolchain: string): string | null {
  const match = /overridden by '([^']+)'/.exec(activeToolchain)
  if (match === null) return null
  return /(^|[\\/])rust-toolchain(\.toml)?$/.test(match[1]) ? match[1] : null
}

/** Reads the `targets` and `components` lists of a rust-toolchain(.toml) file. */
export function readToolchainFile(file: string): ToolchainFile {
  const text = readFileSync(file, 'utf8')
  let data: Record<string, unknown>
  try {
    data = parseToml(text) as Record<string, unknown>
  } catch {
    return { path: file, targets: [], components: [] } // legacy one-line channel file
  }
  const table = (data.toolchain ?? {}) as Record<string, unknown>
  const list = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
  return { path: file, targets: list(table.targets), components: list(table.components) }
}

/** Components of `wanted` missing from `rustup component list --installed` output. Pure. */
export function missingComponents(wanted: string[], installedText: string, host: string): string[] {
  const installed = new Set(installedText.split('\n').map((l) => l.trim()))
  return wanted.filter((c) => {
    const base = c.replace(/-preview$/, '')
    const names = [c, `${c}-${host}`, base, `${base}-${host}`, `${base}-preview-${host}`]
    return !names.some((n) => installed.has(n))
  })
}

function spawnError(program: string, error: unknown): Error {
  return new Error(
    `Could not run '${program}' (${(error as Error).message}). Install Rust on the runner (for example with rustup) before this step.`,
    { cause: error }
  )
}

async function rustc(args: string[], cwd: string, env: Env): Promise<RunResult> {
  try {
    return await run('rustc', args, { cwd, env: { ...env, RUST_BACKTRACE: '0' } })
  } catch (error) {
    throw spawnError('rustc', error)
  }
}

export interface ResolveOptions {
  log?: (message: string) => void
  warn?: (message: string) => void
  retry?: RetryOptions
}

/**
 * Probes started at once, side by side (see early.ts toolchainProbes): rustc's version and sysroot
 * under the environment the run will most likely use (used when nothing had to be installed in
 * between, else asked again), and rustup's choice for the directory (null when there is no rustup
 * to ask). The main step may have started them already, before it loaded the pipeline.
 */
function startProbes(toolchain: string | null, cwd: string, env: Env) {
  const calls = toolchainProbes(toolchain, cwd, env)
  const rustcCall = async (c: Call): Promise<RunResult> => {
    try {
      return await takeOrRun(c)
    } catch (error) {
      throw spawnError('rustc', error)
    }
  }
  const early = Promise.all([rustcCall(calls.version), rustcCall(calls.sysroot)])
  early.catch(() => undefined) // awaited by the caller, or replaced
  const probeEnv = { ...env, RUSTUP_AUTO_INSTALL: '0', RUST_BACKTRACE: '0' }
  const earlyActive =
    calls.active === null ? Promise.resolve(null) : takeOrRun(calls.active).catch(() => null)
  return { early, earlyActive, probeEnv }
}

interface Selection {
  /** Variables that select the toolchain for this run's processes. */
  selected: Record<string, string>
  /** How it was selected, for the log. */
  source: string
  /** The rust-toolchain file rustup found, if any. */
  file: ToolchainFile | null
  /** Whether a toolchain was installed (the early probes then asked about another one). */
  installed: boolean
}

type Retry = RetryOptions & { cwd: string; log: (message: string) => void }

/** The toolchain the `toolchain` input names, installed (minimal profile) when missing. */
async function selectNamed(toolchain: string, env: Env, retry: Retry): Promise<Selection> {
  // RUSTUP_TOOLCHAIN selects it for this run's processes only; the user's default stays as it is.
  const selected = { RUSTUP_TOOLCHAIN: toolchain, RUSTUP_AUTO_INSTALL: '0' }
  const source = `input 'toolchain: ${toolchain}'`
  const probe = await rustc(['-vV'], retry.cwd, { ...env, ...selected })
  if (probe.code === 0 || !/not installed/.test(probe.stderr))
    return { selected, source, file: null, installed: false }
  retry.log(`Toolchain '${toolchain}' is not installed: rustup toolchain install --profile minimal`)
  const args = ['toolchain', 'install', toolchain, '--profile', 'minimal', '--no-self-update']
  const result = await rustupRetry(args, { ...retry, env })
  if (result.code !== 0) {
    throw new Error(
      `Could not install the Rust toolchain '${toolchain}' (input 'toolchain') with 'rustup ${args.join(' ')}':\n${rustupError(result.stderr)}`
    )
  }
  retry.log(`Installed toolchain '${toolchain}'.`)
  return { selected, source, file: null, installed: true }
}

/** The toolchain rustup selects for the directory (a rust-toolchain file, an override, the default). */
async function selectByRustup(
  env: Env,
  retry: Retry,
  earlyActive: Promise<RunResult | null>,
  probeEnv: Env
): Promise<Selection> {
  const cwd = retry.cwd
  // Probes never auto-install: a rust-toolchain.toml listing a missing target would otherwise make
  // every cargo call try the network. What is missing is installed here, explicitly, with retries.
  const selected = { RUSTUP_AUTO_INSTALL: '0' }
  let installed = false
  let active =
    (await earlyActive) ??
    (await run('rustup', ['show', 'active-toolchain'], { cwd, env: probeEnv }))
  if (active.code !== 0 && /not installed/.test(active.stderr)) {
    retry.log(`The toolchain rustup selects here is not installed: rustup toolchain install`)
    const result = await rustupRetry(['toolchain', 'install', '--no-self-update'], {
      ...retry,
      env
    })
    if (result.code !== 0) {
      throw new Error(
        `Could not install the Rust toolchain rustup selects for ${cwd}:\n${rustupError(result.stderr)}`
      )
    }
    active = await run('rustup', ['show', 'active-toolchain'], { cwd, env: probeEnv })
    installed = true
  }
  if (active.code !== 0) {
    throw new Error(`'rustup show active-toolchain' failed:\n${rustupError(active.stderr)}`)
  }
  const filePath = toolchainFileOf(active.stdout)
  return {
    selected,
    source: `rustup: ${active.stdout.trim()}`,
    file: filePath === null ? null : readToolchainFile(path.resolve(cwd, filePath)),
    installed
  }
}

/** Installs the components a rust-toolchain file lists and the toolchain lacks; warns on failure. */
async function addFileComponents(
  file: ToolchainFile,
  host: string,
  runEnv: Env,
  retry: Retry,
  warn: (message: string) => void
): Promise<void> {
  const list = await run('rustup', ['component', 'list', '--installed'], {
    cwd: retry.cwd,
    env: runEnv
  })
  const missing = missingComponents(file.components, list.stdout, host)
  if (missing.length === 0) return
  retry.log(`Components listed in ${file.path} but missing: ${missing.join(', ')}`)
  const result = await rustupRetry(['component', 'add', ...missing], { ...retry, env: runEnv })
  if (result.code !== 0) {
    warn(
      `Could not install the components ${missing.join(', ')} listed in ${file.path}:\n${rustupError(result.stderr)}`
    )
  }
}

export async function resolveToolchain(
  toolchain: string | null,
  cwd: string,
  env: Env,
  options: ResolveOptions = {}
): Promise<Toolchain> {
  const log = options.log ?? (() => undefined)
  const warn = options.warn ?? log
  const { early, earlyActive, probeEnv } = startProbes(toolchain, cwd, env)
  const rustup = hasRustup(env)
  const retry: Retry = { cwd, log, ...options.retry }
  if (toolchain !== null && !rustup) {
    throw new Error(
      `Input 'toolchain' is '${toolchain}', but rustup is not installed, so no named toolchain can be selected. Leave 'toolchain' empty to use the rustc on PATH, or install rustup.`
    )
  }
  const { selected, source, file, installed }: Selection =
    toolchain !== null
      ? await selectNamed(toolchain, env, retry)
      : rustup
        ? await selectByRustup(env, retry, earlyActive, probeEnv)
        : { selected: {}, source: 'rustc on PATH (no rustup)', file: null, installed: false }

  const runEnv = { ...env, ...selected }
  // Without rustup the guessed RUSTUP_* variables mean nothing to rustc.
  const reuse = !installed && (rustup || toolchain === null)
  const [version, earlySysroot] = reuse
    ? await early
    : await Promise.all([rustc(['-vV'], cwd, runEnv), rustc(['--print', 'sysroot'], cwd, runEnv)])
  if (version.code !== 0) {
    throw new Error(`'rustc -vV' failed (${source}):\n${rustupError(version.stderr)}`)
  }
  const versionText = version.stdout.trim()
  const { host, release } = parseRustcVersion(versionText)
  if (file !== null && file.components.length > 0)
    await addFileComponents(file, host, runEnv, retry, warn)

  // Components just added do not move the sysroot.
  log(`Toolchain: ${source}`)
  log(versionText)
  return {
    env: selected,
    host,
    release,
    versionText,
    source,
    rustup,
    sysroot: earlySysroot.stdout.trim(),
    fileTargets: file?.targets ?? []
  }
}
