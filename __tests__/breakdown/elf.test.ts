// ELF section headers of all four kinds (32/64-bit, little/big endian), built byte by byte.
import { debugWeight, elfLayout, elfSections, type ElfSection } from '../../src/breakdown/elf.js'

interface Spec {
  name: string
  type: number
  size: number
}

/** An ELF file's header, section table and whole bytes, with a .shstrtab as section `strndx`. */
function elf(is64: boolean, little: boolean, sections: Spec[], opts: { strndx?: number } = {}) {
  const strings = Buffer.from(`\0${sections.map((s) => `${s.name}\0`).join('')}.shstrtab`)
  const all = [...sections, { name: '.shstrtab', type: 3, size: strings.length }]
  const hsize = is64 ? 64 : 52
  const entsize = is64 ? 64 : 40
  const stroff = hsize
  const shoff = stroff + strings.length
  const file = Buffer.alloc(shoff + entsize * all.length)
  const u16 = (v: number, o: number) =>
    little ? file.writeUInt16LE(v, o) : file.writeUInt16BE(v, o)
  const u32 = (v: number, o: number) =>
    little ? file.writeUInt32LE(v, o) : file.writeUInt32BE(v, o)
  const word = (v: number, o: number) =>
    is64
      ? little
        ? file.writeBigUInt64LE(BigInt(v), o)
        : file.writeBigUInt64BE(BigInt(v), o)
      : u32(v, o)
  strings.copy(file, stroff)
  file.writeUInt32BE(0x7f454c46, 0)
  file[4] = is64 ? 2 : 1
  file[5] = little ? 1 : 2
  word(shoff, is64 ? 0x28 : 0x20)
  u16(entsize, is64 ? 0x3a : 0x2e)
  u16(all.length, is64 ? 0x3c : 0x30)
  u16(opts.strndx ?? all.length - 1, is64 ? 0x3e : 0x32)
  let name = 1
  all.forEach((s, i) => {
    const o = shoff + i * entsize
    u32(s.name === '.shstrtab' ? strings.length - '.shstrtab'.length : name, o)
    u32(s.type, o + 4)
    word(s.name === '.shstrtab' ? stroff : 0, o + (is64 ? 0x18 : 0x10))
    word(s.size, o + (is64 ? 0x20 : 0x14))
    if (s.name !== '.shstrtab') name += s.name.length + 1
  })
  return {
    file,
    header: file.subarray(0, hsize),
    table: file.subarray(shoff),
    names: (offset: number, length: number) => file.subarray(offset, offset + length),
    shoff,
    shsize: entsize * all.length,
    strings: strings.length
  }
}

const SECTIONS: Spec[] = [
  { name: '.text', type: 1, size: 0x1234 },
  { name: '.bss', type: 8, size: 0x500 },
  { name: '.debug_info', type: 1, size: 300 },
  { name: '.zdebug_line', type: 1, size: 20 },
  { name: '.symtab', type: 2, size: 96 },
  { name: '.strtab', type: 3, size: 40 },
  { name: 'x.debug_str', type: 1, size: 7 }
]

test.each([
  [true, true],
  [true, false],
  [false, true],
  [false, false]
])('64-bit %s, little-endian %s: layout, names, types and sizes', (is64, little) => {
  const f = elf(is64, little, SECTIONS)
  expect(elfLayout(f.header)).toEqual({ shoff: f.shoff, shsize: f.shsize })
  const sections = elfSections(f.header, f.table, f.names)
  expect(sections).toEqual<ElfSection[]>([
    { name: '.text', type: 1, fileSize: 0x1234 },
    { name: '.bss', type: 8, fileSize: 0 },
    { name: '.debug_info', type: 1, fileSize: 300 },
    { name: '.zdebug_line', type: 1, fileSize: 20 },
    { name: '.symtab', type: 2, fileSize: 96 },
    { name: '.strtab', type: 3, fileSize: 40 },
    { name: 'x.debug_str', type: 1, fileSize: 7 },
    { name: '.shstrtab', type: 3, fileSize: f.strings }
  ])
  // Only names that start with .debug_ or .zdebug_ are debug info.
  expect(debugWeight(sections)).toEqual({ debugInfo: 320, symbols: 136 })
})

test('a header too short or not ELF is not read', () => {
  const f = elf(false, true, SECTIONS)
  expect(elfLayout(f.header.subarray(0, 52))).not.toBeNull() // a whole 32-bit header
  expect(elfLayout(f.header.subarray(0, 51))).toBeNull()
  const other = Buffer.from(f.header)
  other[0] = 0x7e
  expect(elfLayout(other)).toBeNull()
})

test('a string table index past the table gives empty names; a name may run to its end', () => {
  const f = elf(true, true, SECTIONS, { strndx: 99 })
  let asked = false
  const sections = elfSections(f.header, f.table, (o, l) => {
    asked = true
    return f.names(o, l)
  })
  expect(asked).toBe(false)
  expect(sections.map((s) => s.name)).toEqual(Array(SECTIONS.length + 1).fill(''))
  // The last name, `.shstrtab`, has no NUL after it in this table.
  const g = elf(true, true, SECTIONS)
  expect(elfSections(g.header, g.table, g.names).at(-1)?.name).toBe('.shstrtab')
})
