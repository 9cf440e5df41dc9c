// What each cargo profile key accepts, and how values are written into CARGO_PROFILE_* variables.
import { PROFILE_KEYS, type ProfileKey, type ProfileValue } from './presets.js'

export function isProfileKey(key: string): key is ProfileKey {
  return (PROFILE_KEYS as readonly string[]).includes(key)
}

const BOOL_KEYS: ProfileKey[] = ['debug-assertions', 'overflow-checks', 'incremental', 'rpath']

/** Returns null when `value` is valid for `key`, else what the key accepts. */
export function validateProfileValue(key: ProfileKey, value: unknown): string | null {
  switch (key) {
    case 'opt-level':
      return (typeof value === 'number' && [0, 1, 2, 3].includes(value)) ||
        (typeof value === 'string' && ['0', '1', '2', '3', 's', 'z'].includes(value))
        ? null
        : 'expected 0, 1, 2, 3, "s" or "z"'
    case 'lto':
      return typeof value === 'boolean' ||
        (typeof value === 'string' && ['fat', 'thin', 'off'].includes(value))
        ? null
        : 'expected true, false, "fat", "thin" or "off"'
    case 'codegen-units':
      return typeof value === 'number' && Number.isInteger(value) && value > 0
        ? null
        : 'expected a whole number greater than 0'
    case 'panic':
      return value === 'unwind' || value === 'abort' ? null : 'expected "unwind" or "abort"'
    case 'strip':
      return typeof value === 'boolean' ||
        (typeof value === 'string' && ['none', 'debuginfo', 'symbols'].includes(value))
        ? null
        : 'expected true, false, "none", "debuginfo" or "symbols"'
    case 'debug':
      return typeof value === 'boolean' ||
        (typeof value === 'number' && [0, 1, 2].includes(value)) ||
        (typeof value === 'string' &&
          ['none', 'limited', 'full', 'line-tables-only', 'line-directives-only'].includes(value))
        ? null
        : 'expected true, false, 0, 1, 2, "none", "limited", "full", "line-tables-only" or "line-directives-only"'
    case 'split-debuginfo':
      return typeof value === 'string' && ['off', 'packed', 'unpacked'].includes(value)
        ? null
        : 'expected "off", "packed" or "unpacked"'
    default:
      return BOOL_KEYS.includes(key) && typeof value === 'boolean' ? null : 'expected true or false'
  }
}

/** Whether a `debug` value turns debug info on. */
export function debugEnabled(value: ProfileValue | undefined): boolean {
  return value !== undefined && value !== false && value !== 0 && value !== 'none' && value !== '0'
}

/** The environment variable name cargo reads for a profile key. */
export function profileEnvName(profile: string, key: string): string {
  return `CARGO_PROFILE_${profile.toUpperCase().replace(/[-.]/g, '_')}_${key.toUpperCase().replace(/[-.]/g, '_')}`
}

/** Parses a CARGO_PROFILE_* string the way cargo would read it back into a typed value. */
export function parseEnvProfileValue(key: ProfileKey, raw: string): ProfileValue {
  if (raw === 'true') return true
  if (raw === 'false') return false
  if (/^\d+$/.test(raw) && key !== 'opt-level') return Number(raw)
  if (key === 'opt-level' && /^\d$/.test(raw)) return Number(raw)
  return raw
}
