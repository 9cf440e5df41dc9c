// Directories as Actions cache entries: restore and save through @actions/cache, in a layout that
// does not depend on where the runner keeps its temp space or the checkout.
// Thin effects; every failure comes back as a message for a warning, never as an exception.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as cache from '@actions/cache'
import type { CacheOutcome, CacheRequest } from './cache-call.js'

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

/** dist/cache-call.js, beside the bundle's entry points (and from src/ under the tests, dist/'s). */
function callScript(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let up = 0; up < 3; up++, dir = path.dirname(dir)) {
    for (const file of [path.join(dir, 'cache-call.js'), path.join(dir, 'dist', 'cache-call.js')])
      if (existsSync(file)) return file
  }
  throw new Error('dist/cache-call.js is missing: run npm run bundle')
}

/**
 * Runs one call of the cache library on `dir` as the relative path `<basename>`, in a child
 * process (cache-call.ts).
 *
 * @actions/cache hashes the paths it is given into the entry's version and stores files relative
 * to GITHUB_WORKSPACE (or the working directory). Given an absolute path under RUNNER_TEMP, an
 * entry saved on one runner is invisible to a runner with another RUNNER_TEMP or checkout path
 * (self-hosted pools, container jobs). With the parent directory as both the workspace and the
 * working directory, the version and the archive hold only the directory's name. Both are process
 * globals, so the call runs in a process of its own, where nothing else can observe them; its
 * messages are passed on to this process's stdout.
 */
async function inChild(
  op: CacheRequest['op'],
  dir: string,
  key: string,
  restoreKeys: string[] = []
): Promise<CacheOutcome> {
  const result = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-cache-call-')), 'result.json')
  const request: CacheRequest = { op, dir, key, restoreKeys, result }
  try {
    const child = spawn(process.execPath, [callScript(), JSON.stringify(request)], {
      // This process's environment as it is now (the cache service's URL and token, RUNNER_TEMP).
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    child.stdout.on('data', (d: Buffer) => process.stdout.write(d))
    child.stderr.on('data', (d: Buffer) => process.stderr.write(d))
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', resolve)
    })
    if (!existsSync(result)) return { problem: `the cache call exited with code ${code}` }
    return JSON.parse(readFileSync(result, 'utf8')) as CacheOutcome
  } catch (error) {
    return { problem: (error as Error).message }
  } finally {
    rmSync(path.dirname(result), { recursive: true, force: true })
  }
}

export async function restoreDir(
  dir: string,
  key: string,
  restoreKeys: string[]
): Promise<RestoreResult> {
  const outcome = await inChild('restore', dir, key, restoreKeys)
  if ('problem' in outcome) return { matchedKey: null, problem: outcome.problem }
  return { matchedKey: typeof outcome.value === 'string' ? outcome.value : null, problem: null }
}

/** Saves `dir` under `key`; returns null on success, else why it was not saved. */
export async function saveDir(dir: string, key: string): Promise<string | null> {
  const outcome = await inChild('save', dir, key)
  if ('problem' in outcome) return outcome.problem
  // @actions/cache logs the cause (some only as info) and returns -1 instead of throwing.
  return outcome.value === -1
    ? 'the cache service did not take the entry (see the messages above)'
    : null
}
