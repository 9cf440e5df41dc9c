// Artifact sizes against a baseline, size budgets and readable numbers. Pure.
import { crateEntries, type CrateEntry } from '../breakdown/attribute.js'
import type { ArtifactKind } from '../cargo/messages.js'
import type { SizeBudget } from './size-budget.js'

export interface Artifact {
  name: string
  kind: ArtifactKind
  target: string
  path: string
  size: number
  sha256: string
  baseline: number | null
  delta: number | null
  debugSymbols: string | null
  /** size-breakdown: code per crate (null: not measured, `cratesNote` says why); absent: off. */
  crates?: CrateEntry[] | null
  cratesNote?: string | null
  /** Bytes of debug info and of symbols the shipped file carries; null when not read. */
  debugWeight?: { debugInfo: number; symbols: number } | null
  /** sbom: the CycloneDX file beside the artifact, its number of linked crates and its sha256. */
  sbom?: { path: string; crates: number; sha256: string } | null
  /** auditable: the embedded dependency list's crates (build-time among them) and its bytes. */
  auditable?: { crates: number; build: number; bytes: number } | null
}

/** A baseline: sizes per `<target>/<name>`, and where they came from. */
export interface Baseline {
  description: string
  sizes: Record<string, number>
  /** Code per crate per `<target>/<name>`, where the baseline measured it. */
  crates?: Record<string, Record<string, number>>
}

/** Code per crate of each measured artifact, keyed like baseline sizes. */
export function cratesByArtifact(artifacts: Artifact[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {}
  for (const a of artifacts) {
    if (a.crates) out[artifactKey(a)] = Object.fromEntries(a.crates.map((c) => [c.name, c.size]))
  }
  return out
}

export const artifactKey = (a: { target: string; name: string }): string => `${a.target}/${a.name}`

export interface SizeSummary {
  total: number
  baselineTotal: number | null
  delta: number | null
  deltaPercent: number | null
}

export function applyBaseline(artifacts: Artifact[], baseline: Baseline | null): Artifact[] {
  return artifacts.map((a) => {
    const before = baseline?.sizes[artifactKey(a)]
    const sized =
      before === undefined
        ? { ...a, baseline: null, delta: null }
        : { ...a, baseline: before, delta: a.size - before }
    if (!a.crates) return sized
    const crates = crateEntries(a.crates, baseline?.crates?.[artifactKey(a)] ?? null)
    return { ...sized, crates }
  })
}

export function summarize(artifacts: Artifact[], baseline: Baseline | null): SizeSummary {
  const total = artifacts.reduce((sum, a) => sum + a.size, 0)
  if (baseline === null) return { total, baselineTotal: null, delta: null, deltaPercent: null }
  const baselineTotal = Object.values(baseline.sizes).reduce((sum, s) => sum + s, 0)
  const delta = total - baselineTotal
  const deltaPercent = baselineTotal === 0 ? null : round((delta / baselineTotal) * 100, 2)
  return { total, baselineTotal, delta, deltaPercent }
}

function round(n: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

/**
 * Whether growth exceeds the budget; null when there is nothing to compare. Exact at the edge:
 * growth equal to the budget passes (integer arithmetic, no floating-point rounding).
 */
export function overBudget(summary: SizeSummary, budget: SizeBudget): boolean | null {
  if (summary.delta === null || summary.baselineTotal === null) return null
  if (budget.unit === 'bytes') return summary.delta > budget.value
  if (summary.baselineTotal === 0) return summary.delta > 0
  // delta / base * 100 > value  ⇔  delta * 100 * 10^6 > round(value * 10^6) * base
  const micro = BigInt(Math.round(budget.value * 1e6))
  return BigInt(summary.delta) * 100n * 1_000_000n > micro * BigInt(summary.baselineTotal)
}

/** Artifacts that grew over the baseline, or are new in a run that has one; largest growth first. */
export function grownArtifacts(artifacts: Artifact[], baseline: Baseline | null): Artifact[] {
  if (baseline === null) return []
  return artifacts
    .filter((a) => a.delta === null || a.delta > 0)
    .sort((x, y) => (y.delta ?? y.size) - (x.delta ?? x.size))
}

/** Baseline entries no artifact of this run matches: `{target, name, size}`. */
export function removedArtifacts(
  artifacts: Artifact[],
  baseline: Baseline | null
): { target: string; name: string; size: number }[] {
  if (baseline === null) return []
  const present = new Set(artifacts.map(artifactKey))
  return Object.entries(baseline.sizes)
    .filter(([key]) => !present.has(key))
    .map(([key, size]) => {
      const at = key.lastIndexOf('/')
      return { target: key.slice(0, at), name: key.slice(at + 1), size }
    })
}

export function formatBytes(bytes: number): string {
  const abs = Math.abs(bytes)
  if (abs < 1024) return `${bytes} B`
  if (abs < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`
  if (abs < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(2)} MiB`
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`
}

export function formatDelta(delta: number | null): string {
  if (delta === null) return '—'
  if (delta === 0) return '0 B'
  return `${delta > 0 ? '+' : '−'}${formatBytes(Math.abs(delta))}`
}

export function formatPercent(delta: number | null, base: number | null): string {
  if (delta === null || base === null || base === 0) return '—'
  const p = (delta / base) * 100
  if (p === 0) return '0%'
  return `${p > 0 ? '+' : '−'}${Math.abs(p).toFixed(2)}%`
}

/** The step's failure message when the budget is exceeded, naming what grew; else null. */
export function budgetFailure(
  artifacts: Artifact[],
  summary: SizeSummary,
  baseline: Baseline | null,
  budget: SizeBudget | null
): string | null {
  if (budget === null || overBudget(summary, budget) !== true) return null
  const grew = grownArtifacts(artifacts, baseline).map((a) =>
    a.delta === null || a.baseline === null
      ? `${artifactKey(a)} new (${formatBytes(a.size)})`
      : `${artifactKey(a)} ${formatDelta(a.delta)} (${formatPercent(a.delta, a.baseline)})`
  )
  const total = `${formatDelta(summary.delta)} (${summary.delta} bytes, ${formatPercent(summary.delta, summary.baselineTotal)})`
  return `The total size grew ${total} over the baseline, more than the size budget ${budget.raw}.${grew.length > 0 ? ` Grew: ${grew.join('; ')}.` : ''}`
}
