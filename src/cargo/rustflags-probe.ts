// Asks cargo itself which rustflags source it will use for a target (cargo-facts §2.3):
// a marker cfg added to build.rustflags survives only when build.rustflags is the active source.
// Cargo's debug log of its rustc probe also shows the user's resolved flags.
// The probe is auxiliary: when cargo refuses it (no -Z on this cargo, RUSTC_BOOTSTRAP forbidden,
// an [unstable] table it would switch on), the action reads the config files itself.
import { split as shellSplit } from 'shlex'
import type { Env } from '../env.js'
import { run } from '../exec.js'
import { cfgSet } from './cfg-expr.js'
import type { ConfigSource } from './rustflags.js'
import {
  anyRustflagsSet,
  configRustflags,
  hasUnstableTable,
  type RustflagsConfig
} from './rustflags-config.js'

const MARKER = '__rust_optimize_probe'

export interface ProbeResult {
  source: ConfigSource
  /** The user's flags for the target as cargo resolved them, or null when not readable. */
  flags: string[] | null
}

/** Extracts the flags of cargo's last target-info rustc probe from its debug log. */
export function flagsFromCargoLog(log: string): string[] | null {
  const lines = log.split('\n').filter((l) => l.includes('--print=file-names'))
  const last = lines[lines.length - 1]
  if (last === undefined) return null
  const match =
    /--print=file-names (.*?) ?--target /.exec(last) ??
    /--print=file-names (.*?) ?--crate-type /.exec(last)
  if (match === null) return null
  try {
    return shellSplit(match[1]).filter(
      (f, i, all) => f !== MARKER && !(f === '--cfg' && all[i + 1] === MARKER)
    )
  } catch {
    return null
  }
}

export interface ProbeOptions {
  cwd: string
  triple: string
  manifestPath: string | null
  configArgs: string[]
  env: Env
}

/** Runs the probe; throws with cargo's last lines when cargo refuses it. */
export async function probeRustflags(options: ProbeOptions): Promise<ProbeResult> {
  const existing = options.env.CARGO_BUILD_RUSTFLAGS ?? ''
  const args = ['rustc', '-q', '-Zunstable-options', '--print', 'cfg', '--target', options.triple]
  if (options.manifestPath !== null) args.push('--manifest-path', options.manifestPath)
  args.push(...options.configArgs)
  const result = await run('cargo', args, {
    cwd: options.cwd,
    env: {
      ...options.env,
      RUSTC_BOOTSTRAP: '1',
      CARGO_BUILD_RUSTFLAGS: `${existing} --cfg ${MARKER}`.trim(),
      CARGO_LOG: 'cargo::util::rustc=debug',
      CARGO_TERM_COLOR: 'never'
    }
  })
  if (result.code !== 0) {
    const said = result.stderr
      .trim()
      .split('\n')
      .filter((l) => !l.includes(' DEBUG ') && l.trim() !== '')
      .slice(-3)
      .join(' | ')
    throw new Error(`cargo exited with ${result.code}${said === '' ? '' : `: ${said}`}`)
  }
  const source: ConfigSource = result.stdout.split('\n').includes(MARKER) ? 'build' : 'target'
  return { source, flags: flagsFromCargoLog(result.stderr) }
}

export interface UserRustflags extends ProbeResult {
  /** Set when the probe failed or was skipped for a reason the user should know. */
  warning: string | null
}

/**
 * The rustflags source and the user's flags for one target. Asks cargo only when the action adds
 * flags through config-level variables; otherwise, and whenever cargo refuses the probe, reads the
 * config files itself. Never throws.
 */
export async function userRustflags(
  options: ProbeOptions & {
    /** Config files cargo reads (lowest precedence first), then the `--config` values. */
    configs: RustflagsConfig[]
    /** Whether the action adds any flag for this target. */
    adds: boolean
    /** Whether the toolchain is a nightly (its cargo already honours [unstable]). */
    nightly: boolean
  }
): Promise<UserRustflags> {
  const { env } = options
  const fallback = async (warning: string | null): Promise<UserRustflags> => {
    const read1 = (cfg: Set<string> | null): ReturnType<typeof configRustflags> =>
      configRustflags({ triple: options.triple, configs: options.configs, env, cfg })
    // rustc is asked for the target's cfg only when a cfg(...) key sets rustflags.
    let read = read1(null)
    if (read.undecided.length > 0) read = read1(await targetCfg(options))
    const undecided =
      read.undecided.length > 0
        ? ` (could not evaluate ${read.undecided.join(', ')}: rustc --print cfg failed)`
        : ''
    return {
      source: read.source,
      flags: read.flags,
      warning: warning === null ? null : `${warning}${undecided}`
    }
  }
  // RUSTFLAGS and CARGO_ENCODED_RUSTFLAGS override every config source, and with no rustflags
  // anywhere cargo reads build.rustflags: nothing to ask.
  if (
    !options.adds ||
    env.CARGO_ENCODED_RUSTFLAGS !== undefined ||
    env.RUSTFLAGS !== undefined ||
    !anyRustflagsSet(options.configs, env)
  )
    return fallback(null)
  const reading = `read your cargo config files instead to place the flags for ${options.triple}`
  if (!options.nightly && hasUnstableTable(options.configs)) {
    return fallback(
      `Your cargo config has an [unstable] table, which the rustflags probe (RUSTC_BOOTSTRAP=1) would switch on; ${reading}.`
    )
  }
  try {
    return { ...(await probeRustflags(options)), warning: null }
  } catch (error) {
    return fallback(
      `cargo refused the rustflags probe (cargo rustc -Zunstable-options --print cfg under RUSTC_BOOTSTRAP=1): ${(error as Error).message}; ${reading}.`
    )
  }
}

/** `rustc --print cfg --target <triple>` as a set, or null when rustc cannot say. */
async function targetCfg(options: ProbeOptions): Promise<Set<string> | null> {
  try {
    const printed = await run('rustc', ['--print', 'cfg', '--target', options.triple], {
      cwd: options.cwd,
      env: options.env
    })
    return printed.code === 0 ? cfgSet(printed.stdout.split('\n')) : null
  } catch {
    return null
  }
}

/** The `--config` arguments in cargo-args, which the probe must see too. */
export function configArgs(cargoArgs: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < cargoArgs.length; i++) {
    if (cargoArgs[i] === '--config' && i + 1 < cargoArgs.length)
      out.push('--config', cargoArgs[++i])
    else if (cargoArgs[i].startsWith('--config=')) out.push(cargoArgs[i])
  }
  return out
}
