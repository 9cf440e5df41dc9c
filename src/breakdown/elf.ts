// ELF section headers: how big `.text` is and how many bytes are debug info and symbols. Pure:
// works on the bytes of the file's header and section header table.

export interface ElfSection {
  name: string
  type: number
  /** Bytes in the file (0 for NOBITS sections such as `.bss`). */
  fileSize: number
}

export interface ElfLayout {
  /** Where the section header table starts and how many bytes it takes. */
  shoff: number
  shsize: number
}

const SHT_NOBITS = 8

function reader(buf: Buffer, is64: boolean, little: boolean) {
  const u16 = (o: number): number => (little ? buf.readUInt16LE(o) : buf.readUInt16BE(o))
  const u32 = (o: number): number => (little ? buf.readUInt32LE(o) : buf.readUInt32BE(o))
  const u64 = (o: number): number =>
    Number(little ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o))
  const word = (o: number): number => (is64 ? u64(o) : u32(o))
  return { u16, u32, word }
}

/** Null when the bytes are not an ELF file. */
export function elfLayout(header: Buffer): ElfLayout | null {
  if (header.length < 52 || header.readUInt32BE(0) !== 0x7f454c46) return null
  const is64 = header[4] === 2
  const r = reader(header, is64, header[5] === 1)
  const shoff = r.word(is64 ? 0x28 : 0x20)
  const shentsize = r.u16(is64 ? 0x3a : 0x2e)
  const shnum = r.u16(is64 ? 0x3c : 0x30)
  return { shoff, shsize: shentsize * shnum }
}

/**
 * The sections, given the file's header and its section header table; `names` reads the bytes
 * of the section-name string table at an offset and length.
 */
export function elfSections(
  header: Buffer,
  table: Buffer,
  names: (offset: number, length: number) => Buffer
): ElfSection[] {
  const is64 = header[4] === 2
  const little = header[5] === 1
  const h = reader(header, is64, little)
  const t = reader(table, is64, little)
  const entsize = h.u16(is64 ? 0x3a : 0x2e)
  const shstrndx = h.u16(is64 ? 0x3e : 0x32)
  const count = Math.floor(table.length / entsize)
  const raw = []
  for (let i = 0; i < count; i++) {
    const o = i * entsize
    raw.push({
      name: t.u32(o),
      type: t.u32(o + 4),
      offset: t.word(o + (is64 ? 0x18 : 0x10)),
      size: t.word(o + (is64 ? 0x20 : 0x14))
    })
  }
  const strtab = raw[shstrndx]
  const strings = strtab === undefined ? Buffer.alloc(0) : names(strtab.offset, strtab.size)
  return raw.map((s) => {
    const end = strings.indexOf(0, s.name)
    return {
      name: strings.toString('latin1', s.name, end < 0 ? strings.length : end),
      type: s.type,
      fileSize: s.type === SHT_NOBITS ? 0 : s.size
    }
  })
}

/** Bytes of debug info (`.debug_*`, `.zdebug_*`) and of the symbol table (`.symtab`, `.strtab`). */
export function debugWeight(sections: ElfSection[]): { debugInfo: number; symbols: number } {
  let debugInfo = 0
  let symbols = 0
  for (const s of sections) {
    if (/^\.z?debug_/.test(s.name)) debugInfo += s.fileSize
    else if (s.name === '.symtab' || s.name === '.strtab') symbols += s.fileSize
  }
  return { debugInfo, symbols }
}
