// The reporting phase: sizes against the baseline, the report and outputs, the size record for
// later runs, the PR comment, and what must fail the step after everything is written.
import { saveRecord, type AutoBaseline } from './report/baseline-auto.js'
import type { Logger } from './logger.js'
import { buildOutputs, type Outputs } from './report/outputs.js'
import { commentTarget, defaultCommentKey, publishComment } from './report/pr-comment.js'
import type { ProfilePlan } from './cargo/profile.js'
import { renderReport, type CacheStats } from './report/report.js'
import type { RustflagsPlan } from './cargo/rustflags.js'
import type { Settings } from './settings.js'
import {
  applyBaseline,
  budgetFailure,
  overBudget,
  summarize,
  type Artifact,
  type Baseline
} from './report/sizes.js'

export type Env = Record<string, string | undefined>

export interface PublishInput {
  settings: Settings
  env: Env
  logger: Logger
  targets: string[]
  built: Artifact[]
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
    debugSymbols: settings.debugSymbols
  })
  const outputs = buildOutputs({
    artifacts,
    summary,
    plan: p.plan,
    rustflags: p.rustflags,
    report,
    sccacheHitRate: p.sccache?.hitRate ?? null,
    cacheHit: p.sccache?.cacheHit ?? false
  })
  if (p.auto !== null) await saveRecord(p.auto, artifacts, p.env, logger)
  const on = commentTarget(settings.comment, p.env)
  const comment =
    on === null
      ? null
      : await logger.group('Pull request comment', async () => {
          const outcome = await publishComment({
            mode: settings.comment,
            key: settings.commentKey || defaultCommentKey(p.env, p.targets),
            token: settings.githubToken,
            report,
            target: on
          })
          for (const line of outcome.info) logger.info(line)
          if (outcome.warning !== null) logger.warning(outcome.warning)
          return outcome
        })
  const failures = [
    budgetFailure(artifacts, summary, p.baseline, budget),
    comment?.failure ?? null
  ].filter((f): f is string => f !== null)
  return { outputs, report, failure: failures.length > 0 ? failures.join('\n') : null }
}
