// The action's outputs as strings, computed from the run's results. Pure.
import { profileOutput, type ProfilePlan } from '../cargo/profile.js'
import type { RustflagsPlan } from '../cargo/rustflags.js'
import type { Artifact, SizeSummary } from './sizes.js'

export const OUTPUT_NAMES = [
  'artifacts',
  'paths',
  'total-size',
  'baseline-size',
  'size-delta',
  'size-delta-percent',
  'report',
  'profile',
  'rustflags',
  'sccache-hit-rate',
  'cache-hit',
  'tune',
  'pgo-profile',
  'checksums'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]
export type Outputs = Record<OutputName, string>

export function buildOutputs(data: {
  artifacts: Artifact[]
  summary: SizeSummary
  plan: ProfilePlan
  rustflags: RustflagsPlan[]
  report: string
  sccacheHitRate: number | null
  cacheHit: boolean
  /** The `tune` output ('' without tune). */
  tune?: string
  /** The merged profile PGO built with. */
  pgoProfile?: string | null
  /** Path of the SHA256SUMS file. */
  checksums?: string
}): Outputs {
  const artifacts = data.artifacts.map((a) => ({
    name: a.name,
    kind: a.kind,
    target: a.target,
    path: a.path,
    size: a.size,
    sha256: a.sha256,
    baseline: a.baseline,
    delta: a.delta,
    debugSymbols: a.debugSymbols,
    crates: a.crates ?? null,
    sbom: a.sbom?.path ?? null
  }))
  const num = (n: number | null): string => (n === null ? '' : String(n))
  return {
    artifacts: JSON.stringify(artifacts),
    paths: data.artifacts.map((a) => a.path).join('\n'),
    'total-size': String(data.summary.total),
    'baseline-size': num(data.summary.baselineTotal),
    'size-delta': num(data.summary.delta),
    'size-delta-percent': num(data.summary.deltaPercent),
    report: data.report,
    profile: JSON.stringify(profileOutput(data.plan)),
    rustflags: JSON.stringify(Object.fromEntries(data.rustflags.map((r) => [r.triple, r.added]))),
    'sccache-hit-rate': num(data.sccacheHitRate),
    'cache-hit': data.cacheHit ? 'true' : 'false',
    tune: data.tune ?? '',
    'pgo-profile': data.pgoProfile ?? '',
    checksums: data.checksums ?? ''
  }
}
