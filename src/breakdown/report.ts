// The report's words on size-breakdown: the biggest movers for the verdict line, a folded table
// of crates per artifact, and the debug info shipped files carry. Pure.
import { formatBytes, formatDelta, type Artifact } from '../report/sizes.js'
import { biggestMovers, type CrateEntry } from './attribute.js'

/** Crates shown per artifact; the rest are summed in one row. */
export const TOP_CRATES = 10

const key = (a: Artifact): string => `${a.target}/${a.name}`

/** Crate deltas summed over all artifacts. */
function totalMoves(artifacts: Artifact[]): CrateEntry[] {
  const sums = new Map<string, CrateEntry>()
  for (const a of artifacts) {
    for (const c of a.crates ?? []) {
      if (c.delta === null || c.baseline === null) continue
      const s = sums.get(c.name) ?? { name: c.name, size: 0, baseline: 0, delta: 0 }
      sums.set(c.name, {
        name: c.name,
        size: s.size + c.size,
        baseline: (s.baseline ?? 0) + c.baseline,
        delta: (s.delta ?? 0) + c.delta
      })
    }
  }
  return [...sums.values()]
}

/** `, mostly \`regex\` +150.0 KiB and \`serde_json\` +40.0 KiB`, or '' when no crate moved. */
export function moversPhrase(artifacts: Artifact[]): string {
  const movers = biggestMovers(totalMoves(artifacts), 2)
  if (movers.length === 0) return ''
  const named = movers.map((m) => `\`${m.name}\` ${formatDelta(m.delta)}`)
  return `, mostly ${named.join(' and ')}`
}

function share(size: number, total: number): string {
  return total === 0 ? '—' : `${((size / total) * 100).toFixed(1)}%`
}

function deltaCell(c: CrateEntry): string {
  if (c.baseline === null) return '—'
  if (c.baseline === 0 && c.size > 0) return `new, ${formatDelta(c.delta)}`
  if (c.size === 0) return `removed, ${formatDelta(c.delta)}`
  return formatDelta(c.delta)
}

function crateTable(a: Artifact, crates: CrateEntry[]): string[] {
  const total = crates.reduce((s, c) => s + c.size, 0)
  const present = crates.filter((c) => c.size > 0)
  const removed = crates.filter((c) => c.size === 0)
  const shown = present.slice(0, TOP_CRATES)
  const rest = present.slice(TOP_CRATES)
  const withBaseline = crates.some((c) => c.baseline !== null)
  const movers = biggestMovers(crates, 2)
  const summary =
    movers.length > 0
      ? `, mostly ${movers.map((m) => `${m.name} ${formatDelta(m.delta)}`).join(' and ')}`
      : ''
  const lines = [
    `<details><summary>Code by crate in <code>${key(a)}</code>: ${formatBytes(total)} in ${present.length} crate${present.length === 1 ? '' : 's'}${summary}</summary>`,
    '',
    `| crate | code | share |${withBaseline ? ' delta |' : ''}`,
    `|---|--:|--:|${withBaseline ? '--:|' : ''}`
  ]
  const row = (c: CrateEntry): string =>
    `| \`${c.name}\` | ${formatBytes(c.size)} | ${share(c.size, total)} |${withBaseline ? ` ${deltaCell(c)} |` : ''}`
  lines.push(...shown.map(row))
  if (rest.length > 0) {
    const size = rest.reduce((s, c) => s + c.size, 0)
    const delta = withBaseline ? rest.reduce((s, c) => s + (c.delta ?? 0), 0) : null
    lines.push(
      `| ${rest.length} more crate${rest.length === 1 ? '' : 's'} | ${formatBytes(size)} | ${share(size, total)} |${withBaseline ? ` ${formatDelta(delta)} |` : ''}`
    )
  }
  lines.push(...removed.map(row))
  lines.push('', '</details>', '')
  return lines
}

/** The crate tables, a line on artifacts not measured, and the estimate caveat. */
export function crateSections(artifacts: Artifact[]): string[] {
  const lines: string[] = []
  const measured = artifacts.filter((a) => a.crates)
  for (const a of measured) lines.push(...crateTable(a, a.crates as CrateEntry[]))
  const skipped = artifacts.filter((a) => a.crates === null && a.cratesNote)
  if (skipped.length > 0) {
    lines.push(
      `Code by crate ${skipped.map((a) => `\`${key(a)}\` ${a.cratesNote}`).join('; ')}.`,
      ''
    )
  }
  if (measured.length > 0) {
    lines.push(
      '_Code by crate is an estimate of machine code (`.text`) from the linker map: code inlined into another crate counts there, and generic code counts for the crate that defines it; data, headers and padding are not included._',
      ''
    )
  }
  return lines
}

/**
 * How much of each shipped file is debug info and symbols, and what keeps those bytes out of it,
 * for files where they are at least 1% of the size.
 */
export function debugWeightSection(artifacts: Artifact[], debugSymbols: boolean): string[] {
  const heavy = artifacts.filter((a) => {
    const w = a.debugWeight
    return w && w.debugInfo + w.symbols > 0 && (w.debugInfo + w.symbols) * 100 >= a.size
  })
  if (heavy.length === 0) return []
  const lines = ['**Debug info and symbols in the shipped files:**']
  for (const a of heavy) {
    const w = a.debugWeight as { debugInfo: number; symbols: number }
    const both = w.debugInfo + w.symbols
    lines.push(
      `- \`${key(a)}\`: ${formatBytes(both)} of ${formatBytes(a.size)} (${share(both, a.size)}): debug info ${formatBytes(w.debugInfo)}, symbols ${formatBytes(w.symbols)}`
    )
  }
  lines.push(
    '',
    debugSymbols
      ? 'Your profile keeps them (a `strip` you set is kept); set `overrides: strip = "symbols"` to ship without them, `debug-symbols: true` still keeps them beside the file.'
      : 'Set `debug-symbols: true` to keep them in a separate file next to each artifact (`.debug`, `.dSYM`, `.pdb`) and ship the artifact stripped.',
    ''
  )
  return lines
}
