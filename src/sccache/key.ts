// The Actions cache key of the local sccache directory, its prefix fallbacks, and whether to save. Pure.
import { shortSha256 as short } from '../hash.js'

export interface KeyParts {
  platform: string
  arch: string
  /** `rustc -vV`: release and commit, so a new nightly is a new toolchain. */
  rustcVersion: string
  targets: string[]
  /** Everything that changes what rustc is asked to do: profile name and values, rustflags. */
  buildConfig: unknown
  /** Cargo.lock's contents, or null when the project has none. */
  lockfile: string | null
  /** The `cache-key` input. */
  extra: string
}

export interface CacheKeys {
  key: string
  /** Prefixes to fall back on, most specific first. */
  restoreKeys: string[]
}

const PREFIX = 'rust-optimize-sccache-v1'

/** Keys may not hold commas and are limited to 512 characters. */
function clean(part: string): string {
  return part.replace(/[,\s]+/g, '_').slice(0, 200)
}

/**
 * `<prefix>-<os>-<arch>[-<cache-key>]-<toolchain>-<config>-<lock>`. Fallbacks keep OS, arch,
 * cache-key and toolchain (sccache never reuses another rustc's output), dropping Cargo.lock first,
 * then the build configuration.
 */
export function cacheKeys(parts: KeyParts): CacheKeys {
  const extra = parts.extra.trim() === '' ? '' : `-${clean(parts.extra.trim())}`
  const toolchain = `rustc${short(parts.rustcVersion)}`
  const config = `cfg${short(JSON.stringify({ targets: [...parts.targets].sort(), build: parts.buildConfig }))}`
  const lock = parts.lockfile === null ? 'nolock' : `lock${short(parts.lockfile)}`
  const base = `${PREFIX}-${parts.platform}-${parts.arch}${extra}-${toolchain}-`
  return {
    key: `${base}${config}-${lock}`,
    restoreKeys: [`${base}${config}-`, base]
  }
}

/** The `save-cache` input resolved against the event: whether this run saves caches, and why not. */
export interface SaveCachePolicy {
  saveCache: boolean
  /** Why nothing is saved (null when saving). */
  saveCacheNote: string | null
}

export const SAVE_CACHE_MODES = ['auto', 'true', 'false'] as const

/**
 * `auto` saves except on `pull_request_target`: those jobs run with the base branch's cache scope
 * while often building a fork's code, so what they save would reach the base branch's runs. Pure.
 */
export function saveCachePolicy(
  mode: (typeof SAVE_CACHE_MODES)[number],
  eventName: string
): SaveCachePolicy {
  if (mode === 'false') return { saveCache: false, saveCacheNote: 'save-cache is false' }
  if (mode === 'auto' && eventName === 'pull_request_target') {
    return {
      saveCache: false,
      saveCacheNote:
        "save-cache is auto and this is a pull_request_target event, which runs with the base branch's cache scope (set save-cache: true to save anyway)"
    }
  }
  return { saveCache: true, saveCacheNote: null }
}

export interface SaveDecision {
  save: boolean
  reason: string
}

/**
 * Whether the post step saves the directory. Entries are immutable, so an exact hit is never saved
 * again; a prefix hit or a miss is saved when this run wrote something to the cache (or when the
 * server's stats are unknown).
 */
export function saveDecision(opts: {
  /** Whether this run saves caches at all (save-cache, resolved against the event). */
  saveCache: boolean
  matchedKey: string | null
  key: string
  cacheWrites: number | null
  serviceAvailable: boolean
}): SaveDecision {
  if (!opts.saveCache)
    return { save: false, reason: 'saving is off for this run (see save-cache in the main step)' }
  if (!opts.serviceAvailable)
    return { save: false, reason: 'the Actions cache service is not available' }
  if (opts.matchedKey === opts.key) {
    return {
      save: false,
      reason:
        opts.cacheWrites === 0
          ? 'exact hit and nothing new'
          : `exact hit: entries are immutable, so this run's ${opts.cacheWrites === null ? 'new' : `${opts.cacheWrites} new`} cache objects are saved with the next key (a change of Cargo.lock, toolchain, settings or cache-key)`
    }
  }
  if (opts.matchedKey !== null && opts.cacheWrites === 0)
    return { save: false, reason: `restored from ${opts.matchedKey} and nothing new was compiled` }
  // Saving an empty directory would claim the exact key, and later runs would never save theirs.
  if (opts.cacheWrites === 0)
    return { save: false, reason: 'nothing was written to the cache in this run' }
  return {
    save: true,
    reason:
      opts.matchedKey === null
        ? 'no entry existed'
        : `restored from a prefix match (${opts.matchedKey})`
  }
}
