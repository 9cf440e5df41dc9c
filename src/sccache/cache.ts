// Directories as Actions cache entries: restore and save through @actions/cache, in a layout that
// does not depend on where the runner keeps its temp space or the checkout.
// Thin effects; every failure comes back as a message for a warning, never as an exception.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
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

/** The directory the cache calls in flight run in (see atFixedPath), and how many there are. */
let session: { parent: string; users: number; ended: Promise<void>; end: () => void } | null = null

/** Enters `parent` for a cache call: joins the calls already there, or waits for them to end. */
async function enter(parent: string): Promise<void> {
  while (session !== null && session.parent !== parent) await session.ended
  if (session === null) {
    mkdirSync(parent, { recursive: true })
    const cwd = process.cwd()
    const workspace = process.env.GITHUB_WORKSPACE
    process.chdir(parent)
    process.env.GITHUB_WORKSPACE = parent
    let resolve = (): void => undefined
    const ended = new Promise<void>((r) => (resolve = r))
    const end = (): void => {
      process.chdir(cwd)
      if (workspace === undefined) delete process.env.GITHUB_WORKSPACE
      else process.env.GITHUB_WORKSPACE = workspace
      session = null
      resolve()
    }
    session = { parent, users: 0, ended, end }
  }
  session.users++
}

function leave(): void {
  if (session !== null && --session.users === 0) session.end()
}

/**
 * Runs `fn` with the cache library looking at `dir` as the relative path `<basename>`.
 *
 * @actions/cache hashes the paths it is given into the entry's version and stores files relative
 * to GITHUB_WORKSPACE (or the working directory). Given an absolute path under RUNNER_TEMP, an
 * entry saved on one runner is invisible to a runner with another RUNNER_TEMP or checkout path
 * (self-hosted pools, container jobs). With the parent directory as both the workspace and the
 * working directory, the version and the archive hold only the directory's name. Both are process
 * globals: calls for directories with the same parent (the sccache directory and the warm entry,
 * both under RUNNER_TEMP) run at once, others one after another, and both are put back afterwards.
 */
async function atFixedPath<T>(dir: string, fn: (relative: string) => Promise<T>): Promise<T> {
  await enter(path.dirname(path.resolve(dir)))
  try {
    return await fn(path.basename(path.resolve(dir)))
  } finally {
    leave()
  }
}

export async function restoreDir(
  dir: string,
  key: string,
  restoreKeys: string[]
): Promise<RestoreResult> {
  try {
    const matched = await atFixedPath(dir, (rel) => cache.restoreCache([rel], key, restoreKeys))
    return { matchedKey: matched ?? null, problem: null }
  } catch (error) {
    return { matchedKey: null, problem: (error as Error).message }
  }
}

/** Saves `dir` under `key`; returns null on success, else why it was not saved. */
export async function saveDir(dir: string, key: string): Promise<string | null> {
  try {
    const id = await atFixedPath(dir, (rel) => cache.saveCache([rel], key))
    // @actions/cache logs the cause (some only as info) and returns -1 instead of throwing.
    return id === -1 ? 'the cache service did not take the entry (see the messages above)' : null
  } catch (error) {
    return (error as Error).message
  }
}
