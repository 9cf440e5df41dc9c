// The effects of size-breakdown: reading the linker map and the ELF section headers of artifacts.
import { open, readFile } from 'node:fs/promises'
import { attribute, crateEntries, type CrateEntry } from './attribute.js'
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

/**
 * Code per crate of one artifact, from the map its link wrote. `reported`: the crate names
 * cargo reported for the build.
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
  const map = parseLinkMap(text)
  if (map === null)
    return { crates: null, note: 'not measured: the linker map has an unknown format' }
  const sections = await readElfSections(artifact.path).catch(() => null)
  const elfText = sections?.find((s) => s.name === '.text')?.fileSize ?? null
  // A map left from an earlier link (cargo found the artifact fresh after a plain build) would
  // describe other code: the sizes of `.text` must agree.
  if (elfText === null || map.textSize !== elfText)
    return { crates: null, note: 'not measured: the linker map is not of this build' }
  return { crates: crateEntries(attribute(map, knownCrates(reported)), null), note: null }
}
