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
const ATTRIBUTION_VERSION = 1

interface Memo {
  key: string
  /** The map's `.text` size (null if it has none), checked against the artifact's. */
  textSize: number | null
  sizes: CrateSize[]
}

/** What a memo must match: the map's exact text, the crates cargo reported, the code's version. */
function memoKey(text: string, reported: string[]): string {
  const head = `v${ATTRIBUTION_VERSION}\0${reported.join('\0')}\0`
  return createHash('sha256').update(head).update(text).digest('hex')
}

async function readMemo(file: string, key: string): Promise<Memo | null> {
  try {
    const memo = JSON.parse(await readFile(file, 'utf8')) as Partial<Memo>
    const valid =
      memo.key === key &&
      (memo.textSize === null || typeof memo.textSize === 'number') &&
      Array.isArray(memo.sizes) &&
      memo.sizes.every((c) => typeof c?.name === 'string' && Number.isSafeInteger(c?.size))
    return valid ? (memo as Memo) : null
  } catch {
    return null
  }
}

/**
 * Code per crate of one artifact, from the map its link wrote. `reported`: the crate names
 * cargo reported for the build. The attribution is kept beside the map (`<map>.crates.json`): a
 * build that relinks nothing finds it there, keyed by the map's text, instead of demangling every
 * symbol again.
 */
export async function measureCrates(
  artifact: { path: string; kind: string; target: string; crate?: string },
  reported: string[]
): Promise<Measured> {
  if (!mapsTarget(artifact.target))
    return { crates: null, note: 'not measured: Linux targets only for now' }
  if (artifact.kind === 'staticlib' || artifact.crate === undefined)
    return { crates: null, note: 'not measured: a static library is not linked' }
  const file = mapFile(artifact.path, artifact.crate, artifact.kind)
  const text = await readFile(file, 'utf8').catch(() => null)
  if (text === null) return { crates: null, note: 'not measured: the link wrote no map' }
  const sections = await readElfSections(artifact.path).catch(() => null)
  const elfText = sections?.find((s) => s.name === '.text')?.fileSize ?? null
  const key = memoKey(text, reported)
  const memoFile = `${file}.crates.json`
  const memo = await readMemo(memoFile, key)
  let measured: Omit<Memo, 'key'>
  if (memo !== null) {
    measured = memo
  } else {
    const map = parseLinkMap(text)
    if (map === null)
      return { crates: null, note: 'not measured: the linker map has an unknown format' }
    measured = { textSize: map.textSize, sizes: attribute(map, knownCrates(reported)) }
    await writeFile(memoFile, JSON.stringify({ key, ...measured })).catch(() => undefined)
  }
  // A map left from an earlier link (cargo found the artifact fresh after a plain build) would
  // describe other code: the sizes of `.text` must agree.
  if (elfText === null || measured.textSize !== elfText)
    return { crates: null, note: 'not measured: the linker map is not of this build' }
  return { crates: crateEntries(measured.sizes, null), note: null }
}
