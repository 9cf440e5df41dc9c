// The Rust toolchain the run uses: which one, installed when missing, its host triple and version.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { run, type RunResult } from '../exec.js'
import { hasRustup, rustupError, rustupRetry, type Env, type RetryOptions } from './rustup.js'

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
 * Probes started side by side with `rustup --version`: rustc's version and sysroot under the
 * environment the run will most likely use (used when nothing had to be installed in between, else
 * asked again), and rustup's choice for the directory (null when there is no rustup to ask).
 */
function startProbes(toolchain: string | null, cwd: string, env: Env) {
  const guessed: Record<string, string> =
    toolchain === null
      ? { RUSTUP_AUTO_INSTALL: '0' }
      : { RUSTUP_TOOLCHAIN: toolchain, RUSTUP_AUTO_INSTALL: '0' }
  const early = Promise.all([
    rustc(['-vV'], cwd, { ...env, ...guessed }),
    rustc(['--print', 'sysroot'], cwd, { ...env, ...guessed })
  ])
  early.catch(() => undefined) // awaited by the caller, or replaced
  const probeEnv = { ...env, RUSTUP_AUTO_INSTALL: '0', RUST_BACKTRACE: '0' }
  const earlyActive =
    toolchain === null
      ? run('rustup', ['show', 'active-toolchain'], { cwd, env: probeEnv }).catch(() => null)
      : Promise.resolve(null)
  return { early, earlyActive, probeEnv }
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
  let installed = false
  const rustup = await hasRustup(env)
  const retry = { cwd, log, ...options.retry }
  let selected: Record<string, string> = {}
  let source: string
  let file: ToolchainFile | null = null

  if (toolchain !== null) {
    if (!rustup) {
      throw new Error(
        `Input 'toolchain' is '${toolchain}', but rustup is not installed, so no named toolchain can be selected. Leave 'toolchain' empty to use the rustc on PATH, or install rustup.`
      )
    }
    // RUSTUP_TOOLCHAIN selects it for this run's processes only; the user's default stays as it is.
    selected = { RUSTUP_TOOLCHAIN: toolchain, RUSTUP_AUTO_INSTALL: '0' }
    source = `input 'toolchain: ${toolchain}'`
    const probe = await rustc(['-vV'], cwd, { ...env, ...selected })
    if (probe.code !== 0 && /not installed/.test(probe.stderr)) {
      log(`Toolchain '${toolchain}' is not installed: rustup toolchain install --profile minimal`)
      const args = ['toolchain', 'install', toolchain, '--profile', 'minimal', '--no-self-update']
      const result = await rustupRetry(args, { ...retry, env })
      if (result.code !== 0) {
        throw new Error(
          `Could not install the Rust toolchain '${toolchain}' (input 'toolchain') with 'rustup ${args.join(' ')}':\n${rustupError(result.stderr)}`
        )
      }
      log(`Installed toolchain '${toolchain}'.`)
      installed = true
    }
  } else if (rustup) {
    // Probes never auto-install: a rust-toolchain.toml listing a missing target would otherwise make
    // every cargo call try the network. What is missing is installed here, explicitly, with retries.
    selected = { RUSTUP_AUTO_INSTALL: '0' }
    let active =
      (await earlyActive) ??
      (await run('rustup', ['show', 'active-toolchain'], { cwd, env: probeEnv }))
    if (active.code !== 0 && /not installed/.test(active.stderr)) {
      log(`The toolchain rustup selects here is not installed: rustup toolchain install`)
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
    source = `rustup: ${active.stdout.trim()}`
    const filePath = toolchainFileOf(active.stdout)
    if (filePath !== null) file = readToolchainFile(path.resolve(cwd, filePath))
  } else {
    source = 'rustc on PATH (no rustup)'
  }

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

  if (file !== null && file.components.length > 0) {
    const list = await run('rustup', ['component', 'list', '--installed'], { cwd, env: runEnv })
    const missing = missingComponents(file.components, list.stdout, host)
    if (missing.length > 0) {
      log(`Components listed in ${file.path} but missing: ${missing.join(', ')}`)
      const result = await rustupRetry(['component', 'add', ...missing], { ...retry, env: runEnv })
      if (result.code !== 0) {
        warn(
          `Could not install the components ${missing.join(', ')} listed in ${file.path}:\n${rustupError(result.stderr)}`
        )
      }
    }
  }

  // Components just added do not move the sysroot.
  const sysroot = earlySysroot
  log(`Toolchain: ${source}`)
  log(versionText)
  return {
    env: selected,
    host,
    release,
    versionText,
    source,
    rustup,
    sysroot: sysroot.stdout.trim(),
    fileTargets: file?.targets ?? []
  }
}
