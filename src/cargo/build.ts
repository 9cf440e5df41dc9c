// Runs `cargo build` for one target and collects its artifacts and diagnostics.
import type { Env } from '../env.js'
import { run } from '../exec.js'
import {
  parseCargoJson,
  readCargoMessage,
  uniqueFiles,
  type BuiltFile,
  type CargoJson,
  type Diagnostic
} from './messages.js'

/**
 * cargo-args without the options that choose where outputs go (`--target-dir`, and nightly's
 * `--artifact-dir`/`--out-dir`): a build into a directory of its own must neither collide with them
 * (cargo rejects a second `--target-dir`) nor copy its files over the user's. Pure.
 */
function withoutOutputDirs(cargoArgs: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < cargoArgs.length; i++) {
    const arg = cargoArgs[i]
    if (/^--(target-dir|artifact-dir|out-dir)$/.test(arg)) i++
    else if (!/^--(target-dir|artifact-dir|out-dir)=/.test(arg)) out.push(arg)
  }
  return out
}

/** What `cargo build` builds, from the inputs. */
export interface BuildSelection {
  profile: string
  /** Absolute path of the manifest, or null to let cargo find it. */
  manifestPath: string | null
  packages: string[]
  bins: string[]
  features: string[]
  allFeatures: boolean
  noDefaultFeatures: boolean
  locked: boolean
  cargoArgs: string[]
}

/**
 * The `cargo build` arguments for one target. `targetDir`: a target directory of the action's own
 * (the `profile` baseline), which replaces any in cargo-args. `profileArgs`: the profile plan's
 * `--config` arguments, after cargo-args so that they win. Pure.
 */
export function buildArgs(
  settings: BuildSelection,
  triple: string,
  targetDir: string | null,
  profileArgs: string[] = []
): string[] {
  const args = ['build', '--profile', settings.profile, '--target', triple, '--message-format=json']
  if (settings.manifestPath !== null) args.push('--manifest-path', settings.manifestPath)
  for (const p of settings.packages) args.push('-p', p)
  for (const b of settings.bins) args.push('--bin', b)
  if (settings.features.length > 0) args.push('--features', settings.features.join(','))
  if (settings.allFeatures) args.push('--all-features')
  if (settings.noDefaultFeatures) args.push('--no-default-features')
  if (settings.locked) args.push('--locked')
  if (targetDir !== null)
    args.push('--target-dir', targetDir, ...withoutOutputDirs(settings.cargoArgs))
  else args.push(...settings.cargoArgs)
  args.push(...profileArgs)
  return args
}

export interface BuildResult {
  success: boolean
  files: BuiltFile[]
  diagnostics: Diagnostic[]
  stderrTail: string
  /** The names of the crates cargo built or found fresh, as cargo reported them. */
  crates: string[]
}

export async function cargoBuild(options: {
  args: string[]
  cwd: string
  env: Env
  triple: string
  memberIds: Set<string>
  /** Receives cargo's own progress text and each rendered diagnostic. */
  log: (text: string) => void
  /** Receives each of cargo's JSON messages, parsed once. */
  onMessage?: (msg: CargoJson) => void
  /** Diagnostics collected but not logged one by one (e.g. PGO's per-function notes). */
  quiet?: (d: Diagnostic) => boolean
}): Promise<BuildResult> {
  const files: BuiltFile[] = []
  const diagnostics: Diagnostic[] = []
  const crates: string[] = []
  let finished: boolean | null = null
  const result = await run('cargo', options.args, {
    cwd: options.cwd,
    env: { CARGO_TERM_COLOR: 'never', ...options.env },
    onStdoutLine: (line) => {
      const json = parseCargoJson(line)
      if (json !== null) options.onMessage?.(json)
      const msg = readCargoMessage(json, options.memberIds, options.triple)
      if (msg.kind === 'artifact' || msg.kind === 'crate') crates.push(msg.crate)
      if (msg.kind === 'artifact') files.push(...msg.files)
      else if (msg.kind === 'diagnostic') {
        diagnostics.push(msg.diagnostic)
        if (options.quiet?.(msg.diagnostic) !== true) options.log(msg.diagnostic.rendered.trimEnd())
      } else if (msg.kind === 'finished') finished = msg.success
    },
    onStderrLine: (line) => options.log(line)
  })
  return {
    success: result.code === 0 && finished !== false,
    files: uniqueFiles(files),
    diagnostics,
    crates,
    stderrTail: result.stderr.trim().split('\n').slice(-20).join('\n')
  }
}
