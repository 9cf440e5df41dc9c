// The profile merge: which keys the user already set, and which preset/override keys the action
// applies through CARGO_PROFILE_<PROFILE>_<KEY>. Pure functions of parsed data.
import type { Env } from '../env.js'
import {
  PRESETS,
  PROFILE_KEYS,
  type PresetName,
  type ProfileKey,
  type ProfileValue,
  type ProfileValues
} from './presets.js'
import {
  debugEnabled,
  isProfileKey,
  parseEnvProfileValue,
  profileEnvName
} from './profile-values.js'

/** One place cargo reads `[profile.*]` tables from, lowest precedence first in a list. */
export interface ProfileSource {
  /** Human label, e.g. "Cargo.toml" or "/home/u/.cargo/config.toml". */
  label: string
  /** The `profile` table of that file: profile name → keys. */
  profiles: Record<string, Record<string, unknown>>
  /** A `--config` of cargo-args: cargo ranks it above CARGO_PROFILE_* variables. */
  cli?: boolean
}

export interface UserSetting {
  value: ProfileValue
  /** Where it was set, e.g. "Cargo.toml [profile.release]" or "env CARGO_PROFILE_RELEASE_LTO". */
  origin: string
  /** Set with `--config` in cargo-args: no CARGO_PROFILE_* variable of the action can change it. */
  cli?: boolean
}

export interface UserProfile {
  /** The profile chain from the chosen profile up to its root (release or dev). */
  chain: string[]
  settings: Partial<Record<ProfileKey, UserSetting>>
}

const BUILT_IN_PARENT: Record<string, string | null> = {
  release: null,
  dev: null,
  bench: 'release',
  test: 'dev'
}

/** The `[profile.<name>]` table of a source (own keys only: a profile may be named `constructor`). */
function table(source: ProfileSource, name: string): Record<string, unknown> | undefined {
  return Object.hasOwn(source.profiles, name) ? source.profiles[name] : undefined
}

/**
 * Resolves what the user set for `profile`: sources are given lowest precedence first
 * (Cargo.toml, then CARGO_HOME config, then config files from the outermost directory inwards);
 * CARGO_PROFILE_* environment variables beat them, and `--config` sources (cli) beat those.
 * Follows `inherits`.
 * Throws when the profile does not exist.
 */
/** The input error for a profile defined nowhere cargo reads profiles from. */
export function unknownProfileError(profile: string): Error {
  return new Error(
    `Input 'profile' has the value "${profile}", but no [profile.${profile}] exists in Cargo.toml or .cargo/config.toml; expected 'release', 'dev' or a custom profile defined there`
  )
}

export function resolveUserProfile(
  profile: string,
  sources: ProfileSource[],
  env: Env
): UserProfile {
  const inFiles = (name: string, key: string, cli: boolean): UserSetting | undefined => {
    for (let i = sources.length - 1; i >= 0; i--) {
      if ((sources[i].cli === true) !== cli) continue
      const value = table(sources[i], name)?.[key]
      if (value !== undefined) {
        const origin = `${sources[i].label} [profile.${name}]`
        return cli
          ? { value: value as ProfileValue, origin, cli }
          : { value: value as ProfileValue, origin }
      }
    }
    return undefined
  }
  const lookup = (name: string, key: string): UserSetting | undefined => {
    const fromCli = inFiles(name, key, true)
    if (fromCli !== undefined) return fromCli
    const envName = profileEnvName(name, key)
    const fromEnv = env[envName]
    if (fromEnv !== undefined && fromEnv !== '' && isProfileKey(key)) {
      return { value: parseEnvProfileValue(key, fromEnv), origin: `env ${envName}` }
    }
    return inFiles(name, key, false)
  }

  const chain: string[] = []
  for (let name: string | null = profile; name !== null;) {
    if (chain.includes(name)) {
      throw new Error(`Profile '${profile}' has an inherits cycle: ${[...chain, name].join(' → ')}`)
    }
    chain.push(name)
    const inherits: ProfileValue | undefined = lookup(name, 'inherits')?.value
    if (Object.hasOwn(BUILT_IN_PARENT, name)) {
      name = BUILT_IN_PARENT[name]
    } else if (typeof inherits === 'string') {
      name = inherits
    } else {
      const defined = sources.some((s) => table(s, name as string) !== undefined)
      throw new Error(
        defined
          ? `Input 'profile' names the custom profile "${profile}", but [profile.${name}] has no 'inherits' key; cargo requires one`
          : unknownProfileError(profile).message
      )
    }
  }

  const settings: UserProfile['settings'] = {}
  for (const key of PROFILE_KEYS) {
    for (const name of chain) {
      const found = lookup(name, key)
      if (found !== undefined) {
        settings[key] = found
        break
      }
    }
  }
  return { chain, settings }
}

/** Why a preset's strip is not applied when the user's profile enables debug info. */
export const STRIP_SKIPPED_FOR_DEBUG = 'your profile enables debug info'

export type KeySource = 'preset' | 'user' | 'override' | 'default'

export interface EffectiveKey {
  value: ProfileValue
  source: KeySource
  /** For user keys: where they were set. For skipped preset keys: why. */
  note?: string
}

export interface ProfilePlan {
  /** Variables to add to the cargo process environment. */
  env: Record<string, string>
  /**
   * `--config` arguments to put after cargo-args: the keys the action must set that a `--config`
   * of cargo-args also sets (cargo ranks `--config` above CARGO_PROFILE_*, and the last one wins).
   */
  cliArgs: string[]
  /** Every key in effect, for the `profile` output. */
  effective: Partial<Record<ProfileKey, EffectiveKey>>
  /** Preset keys not applied, with the reason. */
  skipped: { key: ProfileKey; preset: ProfileValue; reason: string }[]
  /** True when the action (preset or override) made panic = "abort". */
  panicAbortApplied: boolean
}

const RELEASE_DEFAULTS: Record<ProfileKey, ProfileValue> = {
  'opt-level': 3,
  lto: false,
  'codegen-units': 16,
  panic: 'unwind',
  strip: 'none',
  debug: false,
  'split-debuginfo': 'off',
  'debug-assertions': false,
  'overflow-checks': false,
  incremental: false,
  rpath: false
}
const DEV_DEFAULTS: Record<ProfileKey, ProfileValue> = {
  ...RELEASE_DEFAULTS,
  'opt-level': 0,
  'codegen-units': 256,
  debug: true,
  'debug-assertions': true,
  'overflow-checks': true,
  incremental: true
}

export interface MergeOptions {
  profile: string
  preset: PresetName
  overrides: ProfileValues
  respectUserProfile: boolean
  /** Extra keys the action needs (e.g. debug info for debug-symbols); applied like preset keys. */
  extra?: ProfileValues
  /**
   * Keys the action must set whatever the user's profile says (only the overrides input beats
   * them), e.g. an unstripped link for debug-symbols; `forcedNote` says why, in the report.
   */
  forced?: ProfileValues
  forcedNote?: string
}

function envValue(value: ProfileValue): string {
  return String(value)
}

/** A profile value as TOML, for `--config key=value`. */
function tomlValue(value: ProfileValue): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

/** Decides which keys the action sets, and the value and source of every key in effect. */
export function planProfile(user: UserProfile, options: MergeOptions): ProfilePlan {
  const root = user.chain[user.chain.length - 1]
  const defaults = root === 'dev' ? DEV_DEFAULTS : RELEASE_DEFAULTS
  const preset: ProfileValues = { ...PRESETS[options.preset].profile, ...options.extra }
  const env: Record<string, string> = {}
  const effective: ProfilePlan['effective'] = {}
  const skipped: ProfilePlan['skipped'] = []
  const cliArgs: string[] = []

  // debug first: whether the user enabled it decides whether strip is applied.
  const order: ProfileKey[] = ['debug', ...PROFILE_KEYS.filter((k) => k !== 'debug')]
  for (const key of order) {
    const mine = user.settings[key]
    const override = options.overrides[key]
    const fromPreset = preset[key]
    let chosen: EffectiveKey
    const forced = options.forced?.[key]
    if (mine?.cli === true && override === undefined && forced === undefined) {
      // cargo ranks `--config` above the CARGO_PROFILE_* variables a preset key is set through.
      if (fromPreset !== undefined && fromPreset !== mine.value)
        skipped.push({ key, preset: fromPreset, reason: `set by you with ${mine.origin}` })
      chosen = { value: mine.value, source: 'user', note: mine.origin }
    } else if (override !== undefined) {
      chosen =
        mine !== undefined && mine.value !== override
          ? {
              value: override,
              source: 'override',
              note: `replaces ${JSON.stringify(mine.value)} from ${mine.origin}`
            }
          : { value: override, source: 'override' }
    } else if (forced !== undefined) {
      chosen = { value: forced, source: 'preset', note: options.forcedNote }
    } else if (fromPreset !== undefined && mine !== undefined && options.respectUserProfile) {
      skipped.push({ key, preset: fromPreset, reason: `set by you in ${mine.origin}` })
      chosen = { value: mine.value, source: 'user', note: mine.origin }
    } else if (
      fromPreset !== undefined &&
      key === 'strip' &&
      (effective.debug?.source === 'user' || effective.debug?.source === 'override') &&
      debugEnabled(effective.debug.value)
    ) {
      skipped.push({ key, preset: fromPreset, reason: STRIP_SKIPPED_FOR_DEBUG })
      chosen =
        mine !== undefined
          ? { value: mine.value, source: 'user', note: mine.origin }
          : { value: defaults[key], source: 'default' }
    } else if (fromPreset !== undefined) {
      chosen = { value: fromPreset, source: 'preset' }
    } else if (mine !== undefined) {
      chosen = { value: mine.value, source: 'user', note: mine.origin }
    } else {
      if (key === 'split-debuginfo') continue // platform-dependent default; report only when set
      chosen = { value: defaults[key], source: 'default' }
    }
    if (chosen.source === 'override' || chosen.source === 'preset') {
      env[profileEnvName(options.profile, key)] = envValue(chosen.value)
      if (mine?.cli === true && mine.value !== chosen.value)
        cliArgs.push('--config', `profile.${options.profile}.${key}=${tomlValue(chosen.value)}`)
    }
    effective[key] = chosen
  }
  const panic = effective.panic
  const panicAbortApplied =
    panic !== undefined &&
    panic.value === 'abort' &&
    (panic.source === 'preset' || panic.source === 'override')
  return { env, cliArgs, effective, skipped, panicAbortApplied }
}

/** The `profile` output object: every key with its value and source. */
export function profileOutput(
  plan: ProfilePlan
): Record<string, { value: ProfileValue; source: KeySource }> {
  const out: Record<string, { value: ProfileValue; source: KeySource }> = {}
  for (const key of PROFILE_KEYS) {
    const entry = plan.effective[key]
    if (entry !== undefined) out[key] = { value: entry.value, source: entry.source }
  }
  return out
}
