// The markdown report: one text for the `report` output, the job summary and the PR comment. Pure.
import path from 'node:path'
import { crateSections, debugWeightSection, moversPhrase } from '../breakdown/report.js'
import { cpuFloor, PROFILE_KEYS, type PresetName } from '../cargo/presets.js'
import type { ProfilePlan } from '../cargo/profile.js'
import type { RustflagsPlan } from '../cargo/rustflags.js'
import {
  formatBytes,
  formatDelta,
  formatPercent,
  grownArtifacts,
  removedArtifacts,
  type Artifact,
  type Baseline,
  type SizeSummary
} from './sizes.js'

export interface CacheStats {
  hitRate: number | null
  hits: number
  misses: number
  backend: string
  note?: string
}

export interface ReportData {
  preset: PresetName
  profile: string
  artifacts: Artifact[]
  summary: SizeSummary
  baseline: Baseline | null
  /** Why there is no baseline, and how to get one, when baseline is null. */
  baselineNote: string | null
  plan: ProfilePlan
  rustflags: RustflagsPlan[]
  /** `rustc -vV` (its first line is shown, the rest folded). */
  rustc: string
  cache: CacheStats | null
  budget: { raw: string; exceeded: boolean | null } | null
  notes: string[]
  /** The `tune` section (candidates table, winner, pinning inputs), when tune ran. */
  tuning?: string[] | null
  /** Whether debug-symbols was on (the report's advice on debug info depends on it). */
  debugSymbols?: boolean
  /** PGO's section (markdown lines); null or absent without PGO. */
  pgo?: string[] | null
}

export const PANIC_NOTICE =
  'This build uses `panic = "abort"`: a panic ends the process at once, and `catch_unwind` no longer catches (a panicking thread or async task aborts the whole program). To keep unwinding, add `overrides: panic = "unwind"`.'

function verdict(d: ReportData): string {
  const n = d.artifacts.length
  const head = `**rust-optimize** · preset \`${d.preset}\` · ${n} artifact${n === 1 ? '' : 's'}, ${formatBytes(d.summary.total)}`
  if (d.summary.delta === null) return `${head} · no baseline to compare with`
  const change =
    d.summary.delta === 0
      ? 'no size change'
      : `${formatDelta(d.summary.delta)} (${formatPercent(d.summary.delta, d.summary.baselineTotal)})${moversPhrase(d.artifacts)}`
  const budget =
    d.budget?.exceeded === true
      ? ` · ❌ over the size budget \`${d.budget.raw}\``
      : d.budget?.exceeded === false
        ? ` · ✅ within the size budget \`${d.budget.raw}\``
        : ''
  return `${head} · ${change} vs ${d.baseline?.description ?? 'baseline'}${budget}`
}

const TABLE_HEADER = [
  '| artifact | kind | size | delta | delta % | sha256 |',
  '|---|---|--:|--:|--:|---|'
]

function artifactRow(a: Artifact, hasBaseline: boolean): string {
  const delta = hasBaseline && a.baseline === null ? 'new' : formatDelta(a.delta)
  return `| \`${a.name}\` | ${a.kind} | ${formatBytes(a.size)} | ${delta} | ${formatPercent(a.delta, a.baseline)} | \`${a.sha256.slice(0, 12)}\` |`
}

function artifactTables(d: ReportData): string[] {
  const lines: string[] = []
  const removed = removedArtifacts(d.artifacts, d.baseline)
  const targets = [
    ...new Set([...d.artifacts.map((a) => a.target), ...removed.map((r) => r.target)])
  ]
  for (const target of targets) {
    const rows = d.artifacts.filter((a) => a.target === target)
    const gone = removed.filter((r) => r.target === target)
    lines.push(`### \`${target}\``, '')
    const changed = rows.filter((a) => d.baseline === null || a.delta !== 0)
    const unchanged = rows.filter((a) => !changed.includes(a))
    const goneRows = gone.map(
      (r) =>
        `| ~~\`${r.name}\`~~ | | removed | ${formatDelta(-r.size)} | ${formatPercent(-r.size, r.size)} | |`
    )
    if (changed.length + goneRows.length > 0)
      lines.push(
        ...TABLE_HEADER,
        ...changed.map((a) => artifactRow(a, d.baseline !== null)),
        ...goneRows,
        ''
      )
    if (unchanged.length > 0) {
      lines.push(
        `<details><summary>${unchanged.length} unchanged artifact${unchanged.length === 1 ? '' : 's'}</summary>`,
        '',
        ...TABLE_HEADER,
        ...unchanged.map((a) => artifactRow(a, true)),
        '',
        '</details>',
        ''
      )
    }
    const total = rows.reduce((s, a) => s + a.size, 0)
    let delta: number | null = null
    if (d.baseline !== null) {
      const before = Object.entries(d.baseline.sizes)
        .filter(([key]) => key.slice(0, key.lastIndexOf('/')) === target)
        .reduce((s, [, size]) => s + size, 0)
      delta = total - before
    }
    lines.push(
      `Total for \`${target}\`: **${formatBytes(total)}**${delta === null ? '' : ` (${formatDelta(delta)})`}`,
      ''
    )
  }
  return lines
}

function checksums(d: ReportData): string[] {
  if (d.artifacts.length === 0) return []
  const lines = ['<details><summary>Checksums (sha256)</summary>', '', '```text']
  for (const a of d.artifacts) lines.push(`${a.sha256}  ${a.target}/${a.name}`)
  lines.push('```', '', '</details>', '')
  return lines
}

function sboms(d: ReportData): string[] {
  const withSbom = d.artifacts.filter((a) => a.sbom)
  if (withSbom.length === 0) return []
  return [
    'SBOMs (CycloneDX 1.6), beside the artifacts:',
    ...withSbom.map((a) => {
      const s = a.sbom as { path: string; crates: number }
      return `- \`${a.target}/${a.name}\`: \`${path.basename(s.path)}\`, ${s.crates} linked crate${s.crates === 1 ? '' : 's'}`
    }),
    ''
  ]
}

function dependencyLists(d: ReportData): string[] {
  const embedded = d.artifacts.filter((a) => a.auditable)
  if (embedded.length === 0) return []
  return [
    'Dependency lists embedded (cargo-auditable format, `.dep-v0`; `cargo audit bin` reads them):',
    ...embedded.map((a) => {
      const l = a.auditable as { crates: number; build: number; bytes: number }
      return `- \`${a.target}/${a.name}\`: ${l.crates} crate${l.crates === 1 ? '' : 's'} (${l.build} build-time), ${l.bytes} bytes`
    }),
    ''
  ]
}

function debugSymbols(d: ReportData): string[] {
  const withSymbols = d.artifacts.filter((a) => a.debugSymbols !== null)
  if (withSymbols.length === 0) return []
  return [
    'Debug symbols, kept out of the shipped files:',
    ...withSymbols.map(
      (a) => `- \`${a.target}/${a.name}\`: \`${path.basename(a.debugSymbols as string)}\``
    ),
    ''
  ]
}

function profileTable(d: ReportData): string[] {
  const lines = [
    `<details><summary>Profile <code>${d.profile}</code> in effect</summary>`,
    '',
    '| key | value | source |',
    '|---|---|---|'
  ]
  for (const key of PROFILE_KEYS) {
    const entry = d.plan.effective[key]
    if (entry === undefined) continue
    lines.push(
      `| \`${key}\` | \`${JSON.stringify(entry.value)}\` | ${entry.source}${entry.note ? ` (${entry.note})` : ''} |`
    )
  }
  for (const s of d.plan.skipped) {
    lines.push('', `- preset \`${s.key} = ${JSON.stringify(s.preset)}\` not applied: ${s.reason}`)
  }
  lines.push('', '</details>', '')
  return lines
}

function flagsSection(d: ReportData): string[] {
  const lines: string[] = []
  for (const r of d.rustflags) {
    const added = r.added.length > 0 ? `\`${r.added.join(' ')}\` (via ${r.placement})` : 'none'
    lines.push(`- \`${r.triple}\`: rustflags added: ${added}`)
    if (r.cpu !== null)
      lines.push(`  - CPU floor: ${cpuFloor(r.cpu)}. Older CPUs stop with SIGILL.`)
    if (r.cpuSkipped !== null) lines.push(`  - no target-cpu added: ${r.cpuSkipped}`)
  }
  return lines
}

export function renderReport(d: ReportData): string {
  const lines = [verdict(d), '']
  if (d.budget?.exceeded === true) {
    const grew = grownArtifacts(d.artifacts, d.baseline).map(
      (a) => `\`${a.target}/${a.name}\` ${a.delta === null ? 'new' : formatDelta(a.delta)}`
    )
    lines.push(
      `> [!CAUTION]`,
      `> The total grew more than the size budget \`${d.budget.raw}\`.${grew.length > 0 ? ` Grew: ${grew.join(', ')}.` : ''}`,
      ''
    )
  }
  if (d.plan.panicAbortApplied) lines.push(`> [!WARNING]`, `> ${PANIC_NOTICE}`, '')
  lines.push(...artifactTables(d))
  lines.push(...crateSections(d.artifacts))
  if (d.artifacts.length === 0)
    lines.push('No artifacts (bin, cdylib, dylib, staticlib) were built.', '')
  const s = d.summary
  lines.push(
    `**Total: ${formatBytes(s.total)}**${s.baselineTotal === null ? '' : ` · baseline ${formatBytes(s.baselineTotal)} · ${formatDelta(s.delta)} (${formatPercent(s.delta, s.baselineTotal)})`}`,
    ''
  )
  if (d.baseline === null && d.baselineNote !== null) lines.push(`_${d.baselineNote}_`, '')
  if (d.budget !== null && d.budget.exceeded === null)
    lines.push(`Size budget \`${d.budget.raw}\` not checked: there is no baseline.`, '')
  if (d.tuning) lines.push(...d.tuning, '')
  lines.push(...flagsSection(d), '')
  lines.push(...profileTable(d))
  if (d.pgo) lines.push(...d.pgo)
  if (d.cache !== null) {
    const rate = d.cache.hitRate === null ? 'n/a' : `${d.cache.hitRate}%`
    lines.push(
      `sccache (${d.cache.backend}): hit rate ${rate}, ${d.cache.hits} hits, ${d.cache.misses} misses${d.cache.note ? ` — ${d.cache.note}` : ''}`,
      ''
    )
  }
  lines.push(...debugSymbols(d))
  lines.push(...dependencyLists(d))
  lines.push(...sboms(d))
  lines.push(...debugWeightSection(d.artifacts, d.debugSymbols ?? false))
  lines.push(...checksums(d))
  for (const note of d.notes) lines.push(`- ${note}`)
  lines.push('')
  const [rustcLine, ...rustcRest] = d.rustc.trim().split('\n')
  if (rustcRest.length === 0) lines.push(`<sub>${rustcLine}</sub>`)
  else
    lines.push(
      `<details><summary><sub>${rustcLine}</sub></summary>`,
      '',
      '```',
      d.rustc.trim(),
      '```',
      '',
      '</details>'
    )
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  )
}
