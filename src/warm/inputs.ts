// The `warm-cache` input: whether the build outputs sccache cannot cache are kept too. Pure.
import { InputError, type InputReader } from '../settings.js'

/** The main-to-post state holding the staged entry's key and counts. */
export const WARM_STATE = 'warm'

export type WarmCacheMode = 'auto' | 'true' | 'false'

const ACCEPTED = ['auto', 'true', 'false'] as const

export function parseWarmCache(read: InputReader): WarmCacheMode {
  const raw = read('warm-cache')
  const value = raw.trim() === '' ? 'auto' : raw.trim().toLowerCase()
  const found = ACCEPTED.find((a) => a === value)
  if (found === undefined) {
    throw new InputError(
      'warm-cache',
      raw,
      'expected auto (with the local sccache backend), true (with every backend, or without sccache) or false'
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
