// What tells one job's size records and PR comment apart from another's, when the user gives no
// comment-key: the job id, the runner's OS and architecture, the targets and what is built. Two legs
// of a matrix that differ in any of these get their own records and their own comment. Pure.
import { parseTriple, runnerOs } from '../toolchain/triples.js'

import type { Env } from '../env.js'

export interface JobKeyInput {
  /** GITHUB_JOB, RUNNER_OS and RUNNER_ARCH are read from it. */
  env: Env
  /** rustc's host triple: the runner's OS and architecture outside GitHub's runners. */
  host: string
  targets: string[]
  preset: string
  features: string[]
  allFeatures: boolean
  noDefaultFeatures: boolean
  packages: string[]
  bins: string[]
  /** The toolchain input (not the resolved release, so a new stable keeps the records' lineage). */
  toolchain: string | null
}

const RUNNER_OS = { linux: 'Linux', macos: 'macOS', windows: 'Windows', other: 'other' } as const
const RUNNER_ARCH: Record<string, string> = { x86_64: 'X64', aarch64: 'ARM64', i686: 'X86' }

const sorted = (list: string[]): string => [...new Set(list)].sort().join(',')

/** The default key, readable in the comment marker: `build Linux X64 <targets> preset=speed …`. */
export function defaultJobKey(input: JobKeyInput): string {
  const { env } = input
  const arch = parseTriple(input.host).arch
  const parts = [
    env.GITHUB_JOB || 'job',
    env.RUNNER_OS || RUNNER_OS[runnerOs(input.host)],
    env.RUNNER_ARCH || (RUNNER_ARCH[arch] ?? arch),
    ...[...input.targets].sort(),
    `preset=${input.preset}`
  ]
  if (input.features.length > 0) parts.push(`features=${sorted(input.features)}`)
  if (input.allFeatures) parts.push('all-features')
  if (input.noDefaultFeatures) parts.push('no-default-features')
  if (input.packages.length > 0) parts.push(`package=${sorted(input.packages)}`)
  if (input.bins.length > 0) parts.push(`bin=${sorted(input.bins)}`)
  if (input.toolchain !== null && input.toolchain !== '') parts.push(`toolchain=${input.toolchain}`)
  return parts.join(' ')
}

/** The key in effect: the user's comment-key wins over the default. */
export function jobKey(commentKey: string, input: JobKeyInput): string {
  return commentKey !== '' ? commentKey : defaultJobKey(input)
}
