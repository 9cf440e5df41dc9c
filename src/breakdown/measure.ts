// The effects of size-breakdown: reading the linker map and the ELF section headers of artifacts.
import { createHash } from 'node:crypto'
import { open, readFile, writeFile } from 'node:fs/promises'
import { attribute, crateEntries, type CrateEntry, type CrateSize } from './attribute.js'
import { knownCrates } from './crates.js'
import { debugWeight, elfLayout, elfSections, type ElfSection } from './elf.js'
import { parseLinkMap } from './link-map.js'
import { mapFile, mapsTarget } from './wrapper.js'

export interface DebugWeight {
  debugInfo: number
  symbols: number
}

export interface Measured {
  crates: CrateEntry[] | null
  /** Why crates is null. */
  note: string | null
  /** The attribution an earlier run kept for these very bytes was used; nothing was recomputed. */
  reused: boolean
}

/** The section headers of an ELF file, read without reading the whole file; null if not ELF. */
export async function readElfSections(file: string): Promise<ElfSection[] | null> {
  const fh = await open(file, 'r')
  try {
    const header = Buffer.alloc(64)
    const { bytesRead } = await fh.read(header, 0, 64, 0)
    const layout = elfLayout(header.subarray(0, bytesRead))
    if (layout === null || layout.shsize === 0) return null
    const table = Buffer.alloc(layout.shsize)
    await fh.read(table, 0, layout.shsize, layout.shoff)
    const strings = { offset: 0, bytes: Buffer.alloc(0) }
    const wanted: { offset: number; length: number }[] = []
    // Two passes: learn where the section names are, then read them.
    elfSections(header, table, (offset, length) => {
      wanted.push({ offset, length })
      return Buffer.alloc(0)
    })
    const w = wanted[0]
    if (w !== undefined) {
      strings.offset = w.offset
      strings.bytes = Buffer.alloc(w.length)
      await fh.read(strings.bytes, 0, w.length, w.offset)
    }
    return elfSections(header, table, () => strings.bytes)
  } finally {
    await fh.close()
  }
}

/** Bytes of debug info and symbols in a file; null when it is not ELF. */
export async function readDebugWeight(file: string): Promise<DebugWeight | null> {
  const sections = await readElfSections(file).catch(() => null)
  return sections === null ? null : debugWeight(sections)
}

/** Bump when link-map parsing, demangling or the crate rules change what they report. */
const ATTRIBUTION_VERSION = 2

interface Memo {
  key: string
  sizes: CrateSize[]
}

/**
 * What a memo must match: the artifact's bytes (its sha256), the crates cargo reported and the
 * code's version (the crates in any order). The same bytes were linked from the same code, so
 * they get the same sizes. Pure.
 */
export function memoKey(artifactSha256: string, reported: string[]): string {
  // Cargo reports crates in the order they finish, which a parallel build varies.
  const crates = [...new Set(reported)].sort()
  const head = `v${ATTRIBUTION_VERSION}\0${crates.join('\0')}\0`
  return createHash('sha256').update(head).update(artifactSha256).digest('hex')
}

async function readMemo(file: string, key: string): Promise<Memo | null> {
  try {
    const memo = JSON.parse(await readFile(file, 'utf8')) as Partial<Memo>
    const valid =
      memo.key === key &&
      Array.isArray(memo.sizes) &&
      memo.sizes.every((c) => typeof c?.name === 'string' && Number.isSafeInteger(c?.size))
    return valid ? (memo as Memo) : null
  } catch {
    return null
  }
}

/** Code per crate from the map its link wrote, checked against the artifact's own `.text`. */
async function attributeFromMap(
  artifactPath: string,
  file: string,
  reported: string[]
): Promise<{ sizes: CrateSize[] } | { note: string }> {
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text === null) return { note: 'not measured: the link wrote no map' }
  const map = parseLinkMap(text)
  if (map === null) return { note: 'not measured: the linker map has an unknown format' }
  // A map left from an earlier link (cargo found the artifact fresh after a plain build) would
  // describe other code: the sizes of `.text` must agree.
  const sections = await readElfSections(artifactPath).catch(() => null)
  const elfText = sections?.find((s) => s.name === '.text')?.fileSize ?? null
  if (elfText === null || map.textSize !== elfText)
    return { note: 'not measured: the linker map is not of this build' }
  return { sizes: attribute(map, knownCrates(reported)) }
}

/**
 * Code per crate of one artifact, from the map its link wrote. `reported`: the crate names
 * cargo reported for the build. The attribution is kept beside the map (`<map>.crates.json`),
 * keyed by the artifact's sha256: a build that relinks nothing, or links the very same bytes
 * again, finds it there (`reused`) and reads neither the map nor the artifact's sections.
 */
export async function measureCrates(
  artifact: { path: string; kind: string; target: string; crate?: string; sha256: string },
  reported: string[]
): Promise<Measured> {
  if (!mapsTarget(artifact.target))
    return { crates: null, note: 'not measured: Linux targets only for now', reused: false }
  if (artifact.kind === 'staticlib' || artifact.crate === undefined)
    return { crates: null, note: 'not measured: a static library is not linked', reused: false }
  const file = mapFile(artifact.path, artifact.crate, artifact.kind)
  const key = memoKey(artifact.sha256, reported)
  const memoFile = `${file}.crates.json`
  const memo = await readMemo(memoFile, key)
  if (memo !== null) return { crates: crateEntries(memo.sizes, null), note: null, reused: true }
  const measured = await attributeFromMap(artifact.path, file, reported)
  if ('note' in measured) return { crates: null, note: measured.note, reused: false }
  await writeFile(memoFile, JSON.stringify({ key, sizes: measured.sizes })).catch(() => undefined)
  return { crates: crateEntries(measured.sizes, null), note: null, reused: false }
}
