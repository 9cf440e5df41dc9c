// Thin effects of the warm entry: list profile directories, stage the kept units, and put restored
// units in place without overwriting anything. The staged directory travels through the Actions
// cache with the sccache directory's portable restore and save (src/sccache/cache.ts).
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import { parseManifest, UNIT_FOLDERS, type Listing, type WarmManifest } from './plan.js'

/** The staged directory's name under RUNNER_TEMP: the cache version covers this name only. */
export const ENTRY_NAME = 'rust-optimize-warm'
const MANIFEST = 'manifest.json'
const TREE = 'tree'

export function listProfileDir(profileDir: string): Listing {
  const names = (folder: string): string[] => {
    try {
      return readdirSync(path.join(profileDir, folder))
    } catch {
      return []
    }
  }
  return Object.fromEntries(UNIT_FOLDERS.map((f) => [f, names(f)])) as Listing
}

/**
 * Copies `from` to `to` recursively, keeping mtimes (a copy, not a link: later steps of the job may
 * rewrite the target directory before the post step saves); returns the bytes.
 */
function copyTree(from: string, to: string): number {
  const st = lstatSync(from)
  if (st.isDirectory()) {
    mkdirSync(to, { recursive: true })
    let bytes = 0
    for (const name of readdirSync(from))
      bytes += copyTree(path.join(from, name), path.join(to, name))
    return bytes
  }
  if (!st.isFile()) return 0
  mkdirSync(path.dirname(to), { recursive: true })
  cpSync(from, to, { preserveTimestamps: true, force: true })
  return st.size
}

/** Fills `stagingDir` (emptied first) with the manifest's units from `targetDir`. */
export function stageEntry(stagingDir: string, targetDir: string, manifest: WarmManifest): number {
  rmSync(stagingDir, { recursive: true, force: true })
  mkdirSync(path.join(stagingDir, TREE), { recursive: true })
  let bytes = 0
  for (const u of manifest.units) {
    for (const e of u.entries) {
      bytes += copyTree(
        path.join(targetDir, u.profile, e),
        path.join(stagingDir, TREE, u.profile, e)
      )
    }
  }
  writeFileSync(path.join(stagingDir, MANIFEST), `${JSON.stringify(manifest)}\n`)
  return bytes
}

export interface Placed {
  manifest: WarmManifest
  /** Units put into the target directory. */
  placed: number
  /** Units left alone because the target directory already had them. */
  present: number
}

/**
 * Moves the restored units into `targetDir`. A unit whose fingerprint directory already exists is
 * left alone, and no existing file is overwritten: cargo then judges every unit by its fingerprint.
 */
/**
 * Moves a restored file or directory to `to` (the staging directory is thrown away afterwards), or
 * copies it where a move cannot be done: `to` already there (merged, nothing overwritten) or on
 * another file system. Mtimes stay as saved either way.
 */
function moveWithoutOverwriting(from: string, to: string): void {
  if (!existsSync(to)) {
    mkdirSync(path.dirname(to), { recursive: true })
    try {
      renameSync(from, to)
      return
    } catch {
      // EXDEV (RUNNER_TEMP on another mount), or `to` appeared meanwhile: copy instead
    }
  }
  cpSync(from, to, { recursive: true, preserveTimestamps: true, force: false, errorOnExist: false })
}

/** The staged (or restored) entry's manifest; null when it is missing or not valid. */
export function readManifest(stagingDir: string): WarmManifest | null {
  try {
    return parseManifest(readFileSync(path.join(stagingDir, MANIFEST), 'utf8'))
  } catch {
    return null
  }
}

export function placeEntry(stagingDir: string, targetDir: string): Placed | null {
  const manifest = readManifest(stagingDir)
  if (manifest === null) return null
  let placed = 0
  let present = 0
  for (const u of manifest.units) {
    const fingerprint = u.entries.find((e) => e.startsWith('.fingerprint/'))
    if (fingerprint === undefined) continue
    if (existsSync(path.join(targetDir, u.profile, fingerprint))) {
      present++
      continue
    }
    for (const e of u.entries) {
      const from = path.join(stagingDir, TREE, u.profile, e)
      if (existsSync(from)) moveWithoutOverwriting(from, path.join(targetDir, u.profile, e))
    }
    placed++
  }
  return { manifest, placed, present }
}
