// A child process for one Actions cache call (dist/cache-call.js): `node cache-call.js <request>`,
// the request a JSON object { op, dir, key, restoreKeys, result }. It runs in the directory's
// parent, which is also its GITHUB_WORKSPACE: @actions/cache reads both from the process (see
// cache.ts), and only here, in a process of its own, can they be set without anything else
// observing it. The outcome goes to the `result` file as JSON; the library's messages to stdout.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as cache from '@actions/cache'

export interface CacheRequest {
  op: 'restore' | 'save'
  dir: string
  key: string
  restoreKeys: string[]
  /** Where the outcome is written. */
  result: string
}

/** restore: the key matched (or null); save: the entry's id (-1: not taken); or why it failed. */
export type CacheOutcome = { value: string | number | null } | { problem: string }

async function call(request: CacheRequest): Promise<CacheOutcome> {
  const parent = path.dirname(path.resolve(request.dir))
  const relative = path.basename(path.resolve(request.dir))
  try {
    mkdirSync(parent, { recursive: true })
    process.chdir(parent)
    process.env.GITHUB_WORKSPACE = parent
    if (request.op === 'restore')
      return {
        value: (await cache.restoreCache([relative], request.key, request.restoreKeys)) ?? null
      }
    return { value: await cache.saveCache([relative], request.key) }
  } catch (error) {
    return { problem: (error as Error).message }
  }
}

const request = JSON.parse(process.argv[2] ?? '{}') as CacheRequest
writeFileSync(request.result, JSON.stringify(await call(request)))
