// `tune` ships what it measured. The winner was built in a target directory of its own, and the
// shipped build runs again in the user's. The target directory's path is compiled into a binary
// (a build script's OUT_DIR, panic locations in generated code), so the rebuild can come out a
// few bytes apart from the file the report shows. The winner's own files are kept when the
// candidates' directories go, and they replace a rebuilt file that differs.
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { sha256File } from '../hash.js'
import type { Artifact } from '../report/sizes.js'
import { artifactKey } from '../report/sizes.js'

/** Copies of the winning candidate's artifacts, outside every target directory. */
export interface KeptFiles {
  dir: string
  artifacts: Artifact[]
}

/** Copies `artifacts` into a new directory under `parent` (one per artifact, names kept). */
export function keepFiles(artifacts: Artifact[], parent: string): KeptFiles {
  const dir = mkdtempSync(path.join(parent, 'rust-optimize-tune-winner-'))
  const kept = artifacts.map((a, i) => {
    const to = path.join(dir, String(i), path.basename(a.path))
    mkdirSync(path.dirname(to))
    copyFileSync(a.path, to)
    return { ...a, path: to }
  })
  return { dir, artifacts: kept }
}

export function dropFiles(kept: KeptFiles | null | undefined): void {
  if (kept) rmSync(kept.dir, { recursive: true, force: true })
}

/** A shipped file and the winner's own build of it, when the two differ. Pure. */
export interface Swap {
  shipped: Artifact
  measured: Artifact
}

/**
 * The shipped artifacts whose bytes differ from the winner's measured build of the same target
 * and name. A shipped artifact the candidates did not build (a target `speed` did not build) is
 * left as built.
 */
export function swapsFor(shipped: Artifact[], measured: Artifact[]): Swap[] {
  const byKey = new Map(measured.map((m) => [`${m.kind}:${artifactKey(m)}`, m]))
  const swaps: Swap[] = []
  for (const s of shipped) {
    const m = byKey.get(`${s.kind}:${artifactKey(s)}`)
    if (m !== undefined && m.sha256 !== s.sha256) swaps.push({ shipped: s, measured: m })
  }
  return swaps
}

/** The note for the report on the files replaced. Pure. */
export function swapNote(swaps: Swap[], winner: string): string | null {
  if (swaps.length === 0) return null
  const each = swaps
    .map(
      (s) =>
        `${s.shipped.name} (${s.shipped.target}): ${s.measured.size} bytes, the rebuild ${s.shipped.size}`
    )
    .join('; ')
  return `Shipped as measured: the rebuild in your target directory differed from candidate '${winner}' (its path is compiled in), so the candidate's own files were put in its place. ${each}.`
}

/** Puts the winner's files in place of the differing rebuilt ones; returns the shipped list. */
export async function shipMeasured(shipped: Artifact[], swaps: Swap[]): Promise<Artifact[]> {
  const out: Artifact[] = []
  for (const a of shipped) {
    const swap = swaps.find((s) => s.shipped === a)
    if (swap === undefined) {
      out.push(a)
      continue
    }
    const mode = statSync(a.path).mode
    copyFileSync(swap.measured.path, a.path)
    chmodSync(a.path, mode)
    // The per-crate breakdown stays the rebuild's (its link map): a few bytes apart at most.
    out.push({ ...a, size: statSync(a.path).size, sha256: await sha256File(a.path) })
  }
  return out
}

/**
 * The shipped build's step under `tune`: the winner's own files in place of differing rebuilt
 * ones, with a note in `notes` (the tune section).
 */
export function swapInWinner(
  kept: KeptFiles,
  winner: string,
  notes: string[]
): (built: Artifact[]) => Promise<Artifact[]> {
  return async (built) => {
    const swaps = swapsFor(built, kept.artifacts)
    const note = swapNote(swaps, winner)
    if (note !== null) notes.push(note)
    return shipMeasured(built, swaps)
  }
}

/**
 * What of the shipped files is still not the winner's bytes, as a note (null: all are). `why` says
 * what changed them after the swap: with debug-symbols they are linked unstripped and split (so not
 * swapped); with auditable a section is added. Pure.
 */
export function shippedNote(
  shipped: Artifact[],
  kept: KeptFiles,
  winner: string,
  why: string | null
): string | null {
  const left = swapsFor(shipped, kept.artifacts)
  if (left.length === 0) return null
  const each = left
    .map(
      (s) =>
        `${s.shipped.name} (${s.shipped.target}) ${s.shipped.size} bytes, measured ${s.measured.size}`
    )
    .join('; ')
  const because = why === null ? '' : ` (${why})`
  return `The shipped files are not candidate '${winner}''s own bytes${because}: ${each}.`
}
