// The local sccache directory as one Actions cache entry: restore and save through @actions/cache.
// Thin effects; every failure comes back as a message for a warning, never as an exception.
import * as cache from '@actions/cache'

export interface RestoreResult {
  /** The key of the entry restored, or null on a miss or a failure. */
  matchedKey: string | null
  /** Set when the restore failed (@actions/cache has already logged its details). */
  problem: string | null
}

/** Whether the runner gave this step an Actions cache service to talk to. */
export function cacheServiceAvailable(): boolean {
  try {
    return cache.isFeatureAvailable()
  } catch {
    return false
  }
}

export async function restoreDir(
  dir: string,
  key: string,
  restoreKeys: string[]
): Promise<RestoreResult> {
  try {
    const matched = await cache.restoreCache([dir], key, restoreKeys)
    return { matchedKey: matched ?? null, problem: null }
  } catch (error) {
    return { matchedKey: null, problem: (error as Error).message }
  }
}

/** Saves `dir` under `key`; returns null on success, else why it was not saved. */
export async function saveDir(dir: string, key: string): Promise<string | null> {
  try {
    const id = await cache.saveCache([dir], key)
    // @actions/cache logs the cause (some only as info) and returns -1 instead of throwing.
    return id === -1 ? 'the cache service did not take the entry (see the messages above)' : null
  } catch (error) {
    return (error as Error).message
  }
}
