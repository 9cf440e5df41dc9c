// RUST_OPTIMIZE_WARM_CACHE: whether the build outputs sccache cannot cache are kept too. Not an
// input (the contract fixes those); a variable, like RUST_OPTIMIZE_SCCACHE_MIRROR. Pure.
/** The main-to-post state holding the staged entry's key and counts. */
export const WARM_STATE = 'warm'

export const WARM_VARIABLE = 'RUST_OPTIMIZE_WARM_CACHE'

export type WarmCacheMode = 'auto' | 'true' | 'false'

const ACCEPTED = ['auto', 'true', 'false'] as const

/** Unset or empty: `auto`. */
export function parseWarmCache(raw: string | undefined): WarmCacheMode {
  const value = (raw ?? '').trim().toLowerCase()
  if (value === '') return 'auto'
  const found = ACCEPTED.find((a) => a === value)
  if (found === undefined) {
    throw new Error(
      `${WARM_VARIABLE} has an invalid value ${JSON.stringify(raw)}: expected auto (with the local sccache backend), true (with every backend, or without sccache) or false`
    )
  }
  return found
}

/** `auto` keeps them beside the local sccache directory; `true` also with the other backends. */
export function warmEnabled(mode: WarmCacheMode, sccache: boolean, backend: string): boolean {
  if (mode === 'false') return false
  if (mode === 'true') return true
  return sccache && backend === 'local'
}
