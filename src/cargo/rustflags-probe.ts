// Asks cargo itself which rustflags source it will use for a target (cargo-facts §2.3):
// a marker cfg added to build.rustflags survives only when build.rustflags is the active source.
// Cargo's debug log of its rustc probe also shows the user's resolved flags.
import type { Env } from '../env.js'
import { split as shellSplit } from 'shlex'
import { run } from '../exec.js'
import type { ConfigSource } from './rustflags.js'

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

export async function probeRustflags(options: {
  cwd: string
  triple: string
  manifestPath: string | null
  configArgs: string[]
  env: Env
}): Promise<ProbeResult> {
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
    throw new Error(
      `cargo could not resolve the rustflags for ${options.triple}:\n${result.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.includes(' DEBUG '))
        .slice(-5)
        .join('\n')}`
    )
  }
  const source: ConfigSource = result.stdout.split('\n').includes(MARKER) ? 'build' : 'target'
  return { source, flags: flagsFromCargoLog(result.stderr) }
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
