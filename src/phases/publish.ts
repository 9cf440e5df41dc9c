// The reporting phase: sizes against the baseline, the report and outputs, the size record for
// later runs, the PR comment, and what must fail the step after everything is written.
import type { AutoBaseline } from '../report/baseline-auto.js'
import type { Logger } from '../logger.js'
import { buildOutputs, type Outputs } from '../report/outputs.js'
import { commentDecision, publishComment } from '../report/pr-comment-publish.js'
import type { ProfilePlan } from '../cargo/profile.js'
import { renderReport, type CacheStats } from '../report/report.js'
import type { RustflagsPlan } from '../cargo/rustflags.js'
import type { PresetName, ProfileValues } from '../cargo/presets.js'
import type { SizeBudget } from '../report/size-budget.js'
import { tuneOutput, tuneSection, type TuneOutcome } from '../tune/evidence.js'
import {
  applyBaseline,
  budgetFailure,
  overBudget,
  summarize,
  type Artifact,
  type Baseline
} from '../report/sizes.js'

import type { Env } from '../env.js'

/** The inputs the reporting phase uses. */
export interface PublishSettings {
  preset: PresetName
  profile: string
  sizeBudget: SizeBudget | null
  comment: 'auto' | 'true' | 'false'
  githubToken: string
  overrides: ProfileValues
  debugSymbols: boolean
}

export interface PublishInput {
  settings: PublishSettings
  env: Env
  logger: Logger
  targets: string[]
  /** Tells this job's comment apart (report/job-key.ts). */
  jobKey: string
  built: Artifact[]
  /** Path of the SHA256SUMS file of the shipped files. */
  checksums: string
  baseline: Baseline | null
  baselineNote: string | null
  /** The `auto` baseline lookup, whose record this run saves. */
  auto: AutoBaseline | null
  plan: ProfilePlan
  rustflags: RustflagsPlan[]
  rustc: string
  /** sccache's statistics of this build, when it ran. */
  sccache: { cache: CacheStats; hitRate: number | null; cacheHit: boolean } | null
  notes: string[]
  /** What `tune` measured, when it ran. */
  tune: TuneOutcome | null
  /** The profiles PGO built with (one per trained target), and its report lines; null without PGO. */
  pgo: { profiles: string[]; report: string[] } | null
}

export interface PublishResult {
  outputs: Outputs
  report: string
  /** Set when the step must fail after reporting (size budget, `comment: true`). */
  failure: string | null
}

export async function publish(p: PublishInput): Promise<PublishResult> {
  const { settings, logger } = p
  const artifacts = applyBaseline(p.built, p.baseline)
  const summary = summarize(artifacts, p.baseline)
  const budget = settings.sizeBudget
  const report = renderReport({
    preset: settings.preset,
    profile: settings.profile,
    artifacts,
    summary,
    baseline: p.baseline,
    baselineNote: p.baselineNote,
    plan: p.plan,
    rustflags: p.rustflags,
    rustc: p.rustc,
    cache: p.sccache?.cache ?? null,
    budget: budget === null ? null : { raw: budget.raw, exceeded: overBudget(summary, budget) },
    notes: p.notes,
    tuning: p.tune === null ? null : tuneSection(p.tune, settings.preset, settings.overrides),
    debugSymbols: settings.debugSymbols,
    pgo: p.pgo?.report ?? null
  })
  const outputs = buildOutputs({
    artifacts,
    summary,
    plan: p.plan,
    rustflags: p.rustflags,
    report,
    sccacheHitRate: p.sccache?.hitRate ?? null,
    cacheHit: p.sccache?.cacheHit ?? false,
    tune: p.tune === null ? '' : tuneOutput(p.tune),
    pgoProfile: p.pgo === null ? null : p.pgo.profiles.join('\n'),
    checksums: p.checksums
  })
  if (p.auto !== null) {
    const { saveRecord } = await import('../report/baseline-auto.js')
    await saveRecord(p.auto, artifacts, p.env, logger)
  }
  const comment = await commentOn(p, report)
  const failures = [budgetFailure(artifacts, summary, p.baseline, budget), comment.failure].filter(
    (f): f is string => f !== null
  )
  return { outputs, report, failure: failures.length > 0 ? failures.join('\n') : null }
}

/** The PR comment, or why there is none: `comment: true` without a pull request is a failure. */
async function commentOn(p: PublishInput, report: string): Promise<{ failure: string | null }> {
  const { settings, logger } = p
  const decision = commentDecision(settings.comment, p.env)
  if (!decision.post) {
    if (settings.comment === 'true') {
      return {
        failure: `comment is true, but there is no pull request to comment on: ${decision.reason}. Use comment: auto to comment only on pull_request events.`
      }
    }
    if (settings.comment === 'auto') logger.info(`No pull request comment: ${decision.reason}.`)
    return { failure: null }
  }
  const target = decision.target
  return logger.group('Pull request comment', async () => {
    const outcome = await publishComment({
      mode: settings.comment,
      key: p.jobKey,
      token: settings.githubToken,
      report,
      target
    })
    for (const line of outcome.info) logger.info(line)
    if (outcome.warning !== null) logger.warning(outcome.warning)
    return outcome
  })
}
