// The action's own reading of the rustflags in cargo's config files and variables, for when cargo
// cannot be asked (the probe failed or was skipped). It follows cargo's rules (cargo-facts §2.1):
// every matching `target.<triple>.rustflags` and `target.'cfg(..)'.rustflags` entry, joined, wins
// over `build.rustflags`; arrays from several files are joined (lower precedence first), and the
// CARGO_TARGET_<T>_RUSTFLAGS / CARGO_BUILD_RUSTFLAGS variables merge between the files and
// `--config` values. Pure.
import { cfgMatches } from './cfg-expr.js'
import type { ConfigSource } from './rustflags.js'
import { targetEnvName } from '../toolchain/triples.js'
import type { Env } from '../env.js'

export interface RustflagsConfig {
  path: string
  data: Record<string, unknown>
}

export interface ConfigRustflags {
  source: ConfigSource
  flags: string[]
  /** Config keys whose match could not be decided (the cfg set was unknown or a key malformed). */
  undecided: string[]
}

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '')

/** A `rustflags` value: a string split on whitespace, or an array of strings. */
function flagsOf(value: unknown): string[] | null {
  if (typeof value === 'string') return words(value)
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
  return null
}

function table(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null
}

/** Whether the configs hold any `--config` value (cargo ranks those above the variables). */
const isCli = (c: RustflagsConfig): boolean => c.path.startsWith('--config')

/**
 * One key's flags across files and the variable: files (lowest precedence first), then the
 * variable, then `--config` values. Null when no source sets the key.
 */
function joined(
  configs: RustflagsConfig[],
  pick: (data: Record<string, unknown>) => unknown,
  variable: string | undefined
): string[] | null {
  let found = false
  const out: string[] = []
  const add = (flags: string[] | null): void => {
    if (flags === null) return
    found = true
    out.push(...flags)
  }
  for (const c of configs.filter((c) => !isCli(c))) add(flagsOf(pick(c.data)))
  if (variable !== undefined) add(words(variable))
  for (const c of configs.filter(isCli)) add(flagsOf(pick(c.data)))
  return found ? out : null
}

export function configRustflags(input: {
  triple: string
  /** Config files in increasing precedence, then the `--config` values of cargo-args. */
  configs: RustflagsConfig[]
  env: Env
  /** `rustc --print cfg --target <triple>`, or null when unknown. */
  cfg: Set<string> | null
}): ConfigRustflags {
  const { triple, configs, env, cfg } = input
  const targetsOf = (data: Record<string, unknown>): Record<string, unknown> =>
    table(data.target) ?? {}
  const undecided: string[] = []
  let found = false
  const flags: string[] = []
  const name = triple.endsWith('.json') ? triple.replace(/^.*[\\/]/, '').slice(0, -5) : triple
  const own = joined(
    configs,
    (d) => table(targetsOf(d)[name])?.rustflags,
    env[targetEnvName(triple, 'RUSTFLAGS')]
  )
  if (own !== null) {
    found = true
    flags.push(...own)
  }
  // cargo visits cfg keys in sorted order, each one joined across files.
  const cfgKeys = [...new Set(configs.flatMap((c) => Object.keys(targetsOf(c.data))))]
    .filter((k) => k.startsWith('cfg('))
    .sort()
  for (const key of cfgKeys) {
    const these = joined(configs, (d) => table(targetsOf(d)[key])?.rustflags, undefined)
    if (these === null) continue
    if (cfg === null) {
      undecided.push(`target.'${key}'`)
      continue
    }
    if (!safeMatch(key, cfg)) continue
    found = true
    flags.push(...these)
  }
  if (found) return { source: 'target', flags, undecided }
  const build = joined(configs, (d) => table(d.build)?.rustflags, env.CARGO_BUILD_RUSTFLAGS)
  return { source: 'build', flags: build ?? [], undecided }
}

/** A malformed cfg key matches nothing (cargo rejects it anyway). */
function safeMatch(key: string, cfg: Set<string>): boolean {
  try {
    return cfgMatches(key, cfg)
  } catch {
    return false
  }
}

/** Whether any config enables unstable cargo features, which RUSTC_BOOTSTRAP=1 would switch on. */
/**
 * Whether any rustflags are set for cargo to find: a `rustflags` key under `[build]` or any
 * `[target.*]` table of a config file (or `--config` value), or a rustflags variable. When none
 * is, cargo reads `build.rustflags`, which the action sets alone, and there is nothing to ask. Pure.
 */
export function anyRustflagsSet(configs: RustflagsConfig[], env: Env): boolean {
  const inConfig = configs.some((c) => {
    if (table(c.data.build)?.rustflags !== undefined) return true
    const targets = table(c.data.target) ?? {}
    return Object.values(targets).some((t) => table(t)?.rustflags !== undefined)
  })
  const inEnv = Object.keys(env).some(
    (k) =>
      /^(RUSTFLAGS|CARGO_ENCODED_RUSTFLAGS|CARGO_BUILD_RUSTFLAGS)$/.test(k) ||
      /^CARGO_TARGET_.+_RUSTFLAGS$/.test(k)
  )
  return inConfig || inEnv
}

export function hasUnstableTable(configs: RustflagsConfig[]): boolean {
  return configs.some((c) => table(c.data.unstable) !== null)
}
