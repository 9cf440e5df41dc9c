// `baseline: auto`: which branch's size record a run compares with, whether it records its own,
// the cache keys of records and their JSON text. Pure.
import { shortSha256 as short } from '../hash.js'
import { artifactKey, cratesByArtifact, type Artifact, type Baseline } from './sizes.js'

import type { Env } from '../env.js'

export interface RecordPlan {
  /** The branch whose newest record to compare with, or null for none. */
  compareBranch: string | null
  /** Whether the comparison is with the pull request's base branch. */
  pullRequest: boolean
  /** The branch to record this run's sizes for, or null when this run records nothing. */
  recordBranch: string | null
  /** Why nothing is recorded, when recordBranch is null. */
  noRecordReason: string | null
}

const PR_EVENTS = ['pull_request', 'pull_request_target']

export function planRecord(env: Env, saveCache: boolean): RecordPlan {
  const event = env.GITHUB_EVENT_NAME ?? ''
  if (PR_EVENTS.includes(event)) {
    return {
      compareBranch: env.GITHUB_BASE_REF || null,
      pullRequest: true,
      recordBranch: null,
      noRecordReason: 'pull request runs compare but do not record'
    }
  }
  const branch = env.GITHUB_REF_NAME || null
  return {
    compareBranch: branch,
    pullRequest: false,
    recordBranch: saveCache ? branch : null,
    noRecordReason: !saveCache
      ? 'save-cache is false'
      : branch === null
        ? 'no GITHUB_REF_NAME'
        : null
  }
}

/**
 * What tells this job's records apart from other jobs' in the same repository: the job key (the
 * comment-key input, or the default key of report/job-key.ts) and the cache-key input.
 */
export function recordIdentity(jobKey: string, cacheKey: string): string {
  return JSON.stringify([jobKey, cacheKey])
}

/** Every record of one job on one branch starts with this; the newest wins a prefix restore. */
export function recordPrefix(identity: string, branch: string): string {
  return `rust-optimize-sizes-v1-${short(identity)}-${short(branch)}-`
}

/** A key unique to this run and attempt. */
export function recordKey(prefix: string, env: Env, now: number): string {
  const run = env.GITHUB_RUN_ID || String(now)
  return `${prefix}${run}-${env.GITHUB_RUN_ATTEMPT || '1'}`
}

export interface SizeRecord {
  version: 1
  branch: string
  sha: string | null
  runId: string | null
  sizes: Record<string, number>
  /** size-breakdown: code per crate per artifact key (absent in records made without it). */
  crates?: Record<string, Record<string, number>>
}

export function recordText(artifacts: Artifact[], branch: string, env: Env): string {
  const record: SizeRecord = {
    version: 1,
    branch,
    sha: env.GITHUB_SHA || null,
    runId: env.GITHUB_RUN_ID || null,
    sizes: Object.fromEntries(artifacts.map((a) => [artifactKey(a), a.size]))
  }
  const crates = cratesByArtifact(artifacts)
  if (Object.keys(crates).length > 0) record.crates = crates
  return `${JSON.stringify(record, null, 2)}\n`
}

/** Reads a record; throws with the reason when it is not one. */
export function parseRecord(text: string): SizeRecord {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`not JSON (${(error as Error).message})`, { cause: error })
  }
  const r = data as Partial<SizeRecord> | null
  if (r === null || typeof r !== 'object' || r.version !== 1)
    throw new Error('not a version 1 record')
  if (typeof r.branch !== 'string') throw new Error('no branch')
  const sizes = r.sizes
  if (sizes === null || typeof sizes !== 'object' || Array.isArray(sizes))
    throw new Error('no sizes')
  for (const [key, size] of Object.entries(sizes)) {
    if (!key.includes('/') || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0)
      throw new Error(`bad size entry ${JSON.stringify(key)}`)
  }
  const record: SizeRecord = {
    version: 1,
    branch: r.branch,
    sha: typeof r.sha === 'string' ? r.sha : null,
    runId: typeof r.runId === 'string' ? r.runId : null,
    sizes
  }
  const crates = validCrates(r.crates)
  if (crates !== null) record.crates = crates
  return record
}

/** The per-crate part of a record, when it is well-formed; a bad one is ignored, not fatal. */
function validCrates(data: unknown): Record<string, Record<string, number>> | null {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null
  const out: Record<string, Record<string, number>> = {}
  for (const [key, crates] of Object.entries(data as Record<string, unknown>)) {
    if (crates === null || typeof crates !== 'object' || Array.isArray(crates)) return null
    for (const size of Object.values(crates as Record<string, unknown>))
      if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return null
    out[key] = crates as Record<string, number>
  }
  return out
}

/** The baseline a record gives, described for the report. */
export function recordBaseline(record: SizeRecord, pullRequest: boolean): Baseline {
  const where = [
    record.sha === null ? null : record.sha.slice(0, 7),
    record.runId === null ? null : `run ${record.runId}`
  ]
    .filter((x) => x !== null)
    .join(', ')
  const what = pullRequest
    ? `base branch \`${record.branch}\``
    : `the previous run on \`${record.branch}\``
  const baseline: Baseline = {
    description: `${what}${where === '' ? '' : ` (${where})`}`,
    sizes: record.sizes
  }
  if (record.crates !== undefined) baseline.crates = record.crates
  return baseline
}

/** The report's words when there is no record to compare with. */
export function noRecordNote(plan: RecordPlan): string {
  if (plan.compareBranch === null) {
    return plan.pullRequest
      ? 'No baseline: the event names no base branch (GITHUB_BASE_REF).'
      : 'No baseline: no branch to look up (GITHUB_REF_NAME is not set).'
  }
  if (plan.pullRequest) {
    return `No size record of the base branch \`${plan.compareBranch}\` yet. A run on \`${plan.compareBranch}\` that is not a pull request (a push, a schedule or a manual run) records one, with \`baseline: auto\` and \`save-cache: true\`.`
  }
  return plan.recordBranch !== null
    ? `No earlier size record of \`${plan.compareBranch}\` yet; this run records one for the next run to compare with.`
    : `No earlier size record of \`${plan.compareBranch}\` yet, and this run records none (${plan.noRecordReason}).`
}
