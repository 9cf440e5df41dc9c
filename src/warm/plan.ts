// What the warm entry holds and under which key: the files of each used registry unit, the
// manifest that lists them, the keys, and how the log describes an entry. Pure.
import { shortSha256 } from '../hash.js'
import path from 'node:path'
import type { CacheKeys } from '../sccache/key.js'
import type { UnitKind, UsedUnit } from './units.js'

/** Folders of a profile directory that hold a unit's files, each named `<name>-<hash>[.<ext>]`. */
export const UNIT_FOLDERS = ['.fingerprint', 'build', 'deps'] as const
export type Listing = Record<(typeof UNIT_FOLDERS)[number], string[]>

export interface ManifestUnit {
  /** The profile directory relative to the target directory, with `/` separators. */
  profile: string
  hash: string
  kind: UnitKind
  pkg: string
  /** Paths relative to the profile directory (directories or files). */
  entries: string[]
}

export interface WarmManifest {
  version: 1
  units: ManifestUnit[]
}

const HASHED = /^(.+)-([0-9a-f]{8,})(\..*)?$/

/** The names in a profile directory's folders that carry `hash`: fingerprint, build dir, deps files. */
export function unitEntries(listing: Listing, hash: string): string[] {
  const out: string[] = []
  for (const folder of UNIT_FOLDERS) {
    for (const name of listing[folder]) {
      if (HASHED.exec(name)?.[2] === hash) out.push(`${folder}/${name}`)
    }
  }
  return out.sort()
}

/**
 * The manifest of the units to keep: those used in this build whose profile directory lies inside
 * the target directory and whose fingerprint exists (cargo trusts nothing without it).
 */
export function planEntry(
  targetDir: string,
  units: UsedUnit[],
  listingOf: (profileDir: string) => Listing
): WarmManifest {
  const out: ManifestUnit[] = []
  for (const u of units) {
    const rel = path.relative(targetDir, u.profileDir)
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue
    const entries = unitEntries(listingOf(u.profileDir), u.hash)
    if (!entries.some((e) => e.startsWith('.fingerprint/'))) continue
    out.push({
      profile: rel.split(path.sep).join('/'),
      hash: u.hash,
      kind: u.kind,
      pkg: u.pkg,
      entries
    })
  }
  out.sort((a, b) => `${a.profile}/${a.hash}`.localeCompare(`${b.profile}/${b.hash}`))
  return { version: 1, units: out }
}

export function parseManifest(text: string): WarmManifest | null {
  try {
    const m = JSON.parse(text) as WarmManifest
    if (m.version !== 1 || !Array.isArray(m.units)) return null
    // A path that is no string throws in split: the manifest is refused all the same.
    const safe = (p: string): boolean =>
      p !== '' && !p.split('/').includes('..') && !path.isAbsolute(p)
    return m.units.every((u) => safe(u.profile) && u.entries.every(safe)) ? m : null
  } catch {
    return null
  }
}

/**
 * The warm entry's keys: the sccache keys (same parts, same fallbacks) with a prefix that also holds
 * CARGO_HOME, since cargo's fingerprints name the registry sources by their absolute path.
 */
export function warmKeys(keys: CacheKeys, cargoHome: string): CacheKeys {
  const prefix = `rust-optimize-warm-v1-home${shortSha256(cargoHome).slice(0, 8)}-`
  return { key: prefix + keys.key, restoreKeys: keys.restoreKeys.map((k) => prefix + k) }
}

/**
 * Whether the post step saves the staged entry. Entries are immutable: an exact hit is never saved
 * again. After a miss or a fallback match it is saved whenever it holds something, since it differs
 * from what was restored (pruned, or rebuilt units) or nothing was restored.
 */
export function warmSaveDecision(o: {
  saveCache: boolean
  serviceAvailable: boolean
  key: string
  matchedKey: string | null
  units: number
  compiled: number
}): { save: boolean; reason: string } {
  if (!o.saveCache) return { save: false, reason: 'save-cache is false' }
  if (!o.serviceAvailable)
    return { save: false, reason: 'the Actions cache service is not available' }
  if (o.units === 0) return { save: false, reason: 'this build used no registry dependency' }
  if (o.matchedKey === o.key)
    return {
      save: false,
      reason:
        o.compiled === 0
          ? 'exact hit and nothing new'
          : `exact hit: entries are immutable, so the ${o.compiled} units cargo rebuilt are saved with the next key`
    }
  return {
    save: true,
    reason:
      o.matchedKey === null ? 'no entry existed' : `restored from a fallback (${o.matchedKey})`
  }
}

const KIND_WORDS: [UnitKind, string][] = [
  ['lib', 'libraries'],
  ['proc-macro', 'proc-macros'],
  ['build-script', 'build scripts'],
  ['build-script-run', 'build-script runs']
]

export function mib(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MiB`
}

/**
 * e.g. `31 units of 9 packages (12 libraries, 3 proc-macros, 8 build scripts, 8 build-script runs),
 * 14.2 MiB`; without the size when it was not measured (`bytes` null).
 */
export function describeEntry(manifest: WarmManifest, bytes: number | null): string {
  const pkgs = new Set(manifest.units.map((u) => u.pkg)).size
  const counts = KIND_WORDS.map(
    ([kind, word]) => `${manifest.units.filter((u) => u.kind === kind).length} ${word}`
  )
  const size = bytes === null ? '' : `, ${mib(bytes)}`
  return `${manifest.units.length} units of ${pkgs} packages (${counts.join(', ')})${size}`
}
