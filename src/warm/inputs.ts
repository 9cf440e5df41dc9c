// `warm-cache`: whether the build outputs sccache cannot cache are kept too. The variable it
// replaces, RUST_OPTIMIZE_WARM_CACHE, is still read for one release, with a deprecation warning.
// Pure.
import { InputError } from '../inputs.js'

/** The main-to-post state holding the staged entry's key and counts. */
export const WARM_STATE = 'warm'

/** Deprecated: the `warm-cache` input replaces it. */
export const WARM_VARIABLE = 'RUST_OPTIMIZE_WARM_CACHE'

export type WarmCacheMode = 'auto' | 'true' | 'false'

const ACCEPTED = ['auto', 'true', 'false'] as const
const MEANING =
  'expected auto (with the local sccache backend), true (with every backend, or without sccache) or false'

function modeOf(raw: string): WarmCacheMode | null {
  const value = raw.trim().toLowerCase()
  if (value === '') return 'auto'
  return ACCEPTED.find((a) => a === value) ?? null
}

/** The `warm-cache` input; empty: `auto`. */
export function parseWarmCache(raw: string): WarmCacheMode {
  const mode = modeOf(raw)
  if (mode === null) throw new InputError('warm-cache', raw, MEANING)
  return mode
}

/**
 * The mode this run uses: the input, or, while the input is left at `auto`, the deprecated
 * variable where it is set. Either way a set variable gets a warning.
 */
export function resolveWarmCache(
  input: WarmCacheMode,
  variable: string | undefined
): { mode: WarmCacheMode; warning: string | null } {
  if (variable === undefined || variable.trim() === '') return { mode: input, warning: null }
  const fromVariable = modeOf(variable)
  if (fromVariable === null) {
    throw new Error(
      `${WARM_VARIABLE} has an invalid value ${JSON.stringify(variable)}: ${MEANING} (it is deprecated: use the input 'warm-cache')`
    )
  }
  if (input !== 'auto') {
    return {
      mode: input,
      warning: `${WARM_VARIABLE} is deprecated and ignored here: the input 'warm-cache: ${input}' decides`
    }
  }
  return {
    mode: fromVariable,
    warning: `${WARM_VARIABLE} is deprecated: set the input 'warm-cache: ${fromVariable}' instead (the variable is read for one more release)`
  }
}

/** `auto` keeps them beside the local sccache directory; `true` also with the other backends. */
export function warmEnabled(mode: WarmCacheMode, sccache: boolean, backend: string): boolean {
  if (mode === 'false') return false
  if (mode === 'true') return true
  return sccache && backend === 'local'
}
