// Which objects of the local sccache directory the saved entry keeps: those this run used (sccache
// sets an object's mtime when it writes it and again on every hit), minus those whose outputs the
// warm entry saved beside it already holds. Pure.
import { mib } from '../warm/plan.js'

/** sccache's local layout: `<dir>/<c>/<c>/<key>`, the key a long hex digest. */
export function isObjectPath(relative: string[]): boolean {
  return (
    relative.length === 3 &&
    /^[0-9a-f]$/.test(relative[0]) &&
    /^[0-9a-f]$/.test(relative[1]) &&
    /^[0-9a-f]{32,}$/.test(relative[2]) &&
    relative[2].startsWith(relative[0] + relative[1])
  )
}

const UNIT_FILE = /^.+-([0-9a-f]{16})(\.[A-Za-z0-9]+)?$/

/**
 * The cargo unit hashes an object's outputs carry, from the names inside it (`libserde-<hash>.rlib`,
 * `serde-<hash>.d`, ...). Names without one (`stdout`, `stderr`, a C object) give nothing.
 */
export function unitHashes(names: string[]): string[] {
  const out = new Set<string>()
  for (const name of names) {
    const m = UNIT_FILE.exec(name.split('/').pop() ?? '')
    if (m !== null) out.add(m[1])
  }
  return [...out].sort()
}

export type Verdict = 'keep' | 'unused' | 'in-warm'

/**
 * `unused`: untouched since the restore (mtime before `since`). `in-warm`: every unit its outputs
 * belong to is in the warm entry, which restores them with their fingerprints, so cargo never asks
 * sccache for them while that entry fits.
 */
export function verdict(o: {
  mtimeMs: number
  since: number
  hashes: string[]
  warmUnits: ReadonlySet<string>
}): Verdict {
  if (o.mtimeMs < o.since) return 'unused'
  if (o.hashes.length > 0 && o.hashes.every((h) => o.warmUnits.has(h))) return 'in-warm'
  return 'keep'
}

export interface PruneCounts {
  kept: number
  keptBytes: number
  unused: number
  inWarm: number
}

/**
 * e.g. `sccache cache: 3 objects (0.4 MiB) kept; left out: 12 this run did not use, 40 whose
 * outputs the warm entry holds`.
 */
export function describePrune(c: PruneCounts): string {
  const out = [
    c.unused > 0 ? `${c.unused} this run did not use` : '',
    c.inWarm > 0 ? `${c.inWarm} whose outputs the warm entry holds` : ''
  ].filter((s) => s !== '')
  return `sccache cache: ${c.kept} object${c.kept === 1 ? '' : 's'} (${mib(c.keptBytes)}) kept${out.length > 0 ? `; left out: ${out.join(', ')}` : ''}`
}
