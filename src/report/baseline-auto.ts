// `baseline: auto` effects: size records as small Actions cache entries, one per run on a branch.
// Every failure here is a warning: a baseline lookup never fails the build.
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Logger } from '../logger.js'
import { cacheServiceAvailable, restoreDir, saveDir } from '../sccache/cache.js'
import type { Artifact, Baseline } from './sizes.js'
import {
  noRecordNote,
  parseRecord,
  planRecord,
  recordBaseline,
  recordKey,
  recordPrefix,
  recordText,
  type RecordPlan
} from './size-record.js'
import type { Env } from '../env.js'

const FILE = 'sizes.json'

export interface AutoBaseline {
  plan: RecordPlan
  /** Where records are restored to and saved from; null when the cache service is unavailable. */
  dir: string | null
  identity: string
  baseline: Baseline | null
  note: string | null
}

function serviceAvailable(env: Env): boolean {
  return env.RUNNER_TEMP !== undefined && env.RUNNER_TEMP !== '' && cacheServiceAvailable()
}

/**
 * Restores the newest record of the branch to compare with. Opens a log group only when there is
 * a cache service to ask.
 */
export async function lookupBaseline(opts: {
  env: Env
  saveCache: boolean
  identity: string
  logger: Logger
}): Promise<AutoBaseline> {
  const { env, logger, identity } = opts
  const plan = planRecord(env, opts.saveCache)
  if (!serviceAvailable(env)) {
    return {
      plan,
      dir: null,
      identity,
      baseline: null,
      note: 'No baseline: the Actions cache service that keeps size records is not available here (outside GitHub Actions). `baseline: profile` compares with the untouched profile instead.'
    }
  }
  const dir = path.join(env.RUNNER_TEMP as string, 'rust-optimize-sizes')
  const result: AutoBaseline = { plan, dir, identity, baseline: null, note: noRecordNote(plan) }
  return logger.group('Size baseline', async () => {
    if (plan.recordBranch === null)
      logger.info(`This run records no sizes: ${plan.noRecordReason}.`)
    return plan.compareBranch === null ? result : restoreNewest(result, plan.compareBranch, logger)
  })
}

async function restoreNewest(
  result: AutoBaseline,
  branch: string,
  logger: Logger
): Promise<AutoBaseline> {
  const { plan, identity } = result
  const dir = result.dir as string
  const prefix = recordPrefix(identity, branch)
  let matched: string | null
  try {
    await rm(dir, { recursive: true, force: true })
    const restored = await restoreDir(dir, prefix, [prefix])
    if (restored.problem !== null) throw new Error(restored.problem)
    matched = restored.matchedKey
  } catch (error) {
    logger.warning(`Size baseline: could not look up a record: ${(error as Error).message}`)
    return { ...result, note: `${result.note} (The lookup failed; see the warning.)` }
  }
  if (matched === null) {
    logger.info(`No size record matches ${prefix}`)
    return result
  }
  try {
    const record = parseRecord(await readFile(path.join(dir, FILE), 'utf8'))
    logger.info(`Comparing with size record ${matched}`)
    return { ...result, baseline: recordBaseline(record, plan.pullRequest), note: null }
  } catch (error) {
    const reason = existsSync(path.join(dir, FILE)) ? (error as Error).message : `no ${FILE} in it`
    logger.warning(
      `Size baseline: the record ${matched} is unreadable (${reason}); comparing with nothing.`
    )
    return {
      ...result,
      note: `No baseline: the size record of \`${branch}\` is unreadable (${reason}). The next run on \`${branch}\` that is not a pull request records a new one.`
    }
  }
}

/** Saves this run's sizes as the branch's newest record (runs that are not pull requests). */
export async function saveRecord(
  auto: AutoBaseline,
  artifacts: Artifact[],
  env: Env,
  logger: Logger
): Promise<void> {
  const branch = auto.plan.recordBranch
  const dir = auto.dir
  if (dir === null || branch === null) return
  const key = recordKey(recordPrefix(auto.identity, branch), env, Date.now())
  await logger.group('Size record', () => save(dir, key, branch, artifacts, env, logger))
}

async function save(
  dir: string,
  key: string,
  branch: string,
  artifacts: Artifact[],
  env: Env,
  logger: Logger
): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, FILE), recordText(artifacts, branch, env))
    const problem = await saveDir(dir, key)
    if (problem !== null)
      logger.warning(`Size baseline: the record ${key} was not saved: ${problem}`)
    else logger.info(`Saved size record ${key}`)
  } catch (error) {
    logger.warning(`Size baseline: could not save the record ${key}: ${(error as Error).message}`)
  }
}
