// Code size per crate from the pieces of a link, and per-crate deltas against a baseline. Pure.
import { crateOf } from './crates.js'
import { sectionSymbol, type LinkMap } from './link-map.js'

export interface CrateSize {
  name: string
  size: number
}

/** One entry of an artifact's `crates` output. */
export interface CrateEntry {
  name: string
  size: number
  /** Bytes in the baseline; 0 for a crate the baseline did not have; null without a baseline. */
  baseline: number | null
  delta: number | null
}

const bySize = (a: { name: string; size: number }, b: { name: string; size: number }): number =>
  b.size - a.size || a.name.localeCompare(b.name)

/** Sums the code in `.text` per crate, largest first. */
export function attribute(map: LinkMap, known: Map<string, string>): CrateSize[] {
  const sums = new Map<string, number>()
  for (const piece of map.text) {
    if (piece.size === 0) continue
    const crate = crateOf(sectionSymbol(piece.section), piece.file, known)
    sums.set(crate, (sums.get(crate) ?? 0) + piece.size)
  }
  return [...sums].map(([name, size]) => ({ name, size })).sort(bySize)
}

/**
 * This run's crates against the baseline's, largest first; crates only the baseline had come
 * last with size 0. Without a baseline breakdown, baseline and delta are null.
 */
export function crateEntries(
  crates: CrateSize[],
  baseline: Record<string, number> | null
): CrateEntry[] {
  if (baseline === null)
    return [...crates].sort(bySize).map((c) => ({ ...c, baseline: null, delta: null }))
  const now = new Map(crates.map((c) => [c.name, c.size]))
  const entries: CrateEntry[] = [...crates].sort(bySize).map((c) => {
    const before = baseline[c.name] ?? 0
    return { name: c.name, size: c.size, baseline: before, delta: c.size - before }
  })
  const removed = Object.entries(baseline)
    .filter(([name]) => !now.has(name))
    .map(([name, before]) => ({ name, size: 0, baseline: before, delta: -before }))
    .sort((a, b) => a.delta - b.delta || a.name.localeCompare(b.name))
  return [...entries, ...removed]
}

/** The crates that moved most, by absolute delta, for the verdict line. */
export function biggestMovers(entries: CrateEntry[], count: number): CrateEntry[] {
  return entries
    .filter((e): e is CrateEntry & { delta: number } => e.delta !== null && e.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.name.localeCompare(b.name))
    .slice(0, count)
}
