// The linker's map file (`-Map`, LLVM lld or GNU ld): every input section the link kept, with its
// size and the file it came from, even when the output is stripped. Pure.

export interface MapPiece {
  /** The input section, e.g. `.text._ZN3app4main17h0123456789abcdefE`. */
  section: string
  /** The input file, e.g. `/…/deps/app-0123.app.4567-cgu.0.rcgu.o` or `libfoo.rlib(foo.o)`. */
  file: string
  size: number
}

export interface LinkMap {
  /** The size of the output `.text` section, or null when the map has none. */
  textSize: number | null
  /** The input sections placed in the output `.text`. */
  text: MapPiece[]
}

const LLD_LINE = /^\s*[0-9a-f]+\s+(?:[0-9a-f]+\s+)?([0-9a-f]+)\s+\d+\s(\s*)(\S.*)$/

/** lld: `VMA LMA Size Align Out In Symbol`, the nesting told by the indentation of the name. */
function parseLld(lines: string[]): LinkMap {
  let textSize: number | null = null
  let inText = false
  let outIndent = -1
  const text: MapPiece[] = []
  for (const line of lines) {
    const m = LLD_LINE.exec(line)
    if (m === null) continue
    const indent = m[2].length
    const name = m[3]
    if (outIndent < 0) outIndent = indent
    if (indent === outIndent) {
      inText = name === '.text'
      if (inText) textSize = parseInt(m[1], 16)
      continue
    }
    if (!inText || indent > outIndent + 8) continue // symbol lines nest deeper than sections
    const input = /^(.*):\((.*)\)$/.exec(name)
    if (input !== null) text.push({ section: input[2], file: input[1], size: parseInt(m[1], 16) })
  }
  return { textSize, text }
}

/** GNU ld: output sections at column 0, input sections one space in; long names wrap. */
function parseGnu(lines: string[]): LinkMap {
  let textSize: number | null = null
  let inText = false
  let pending: string | null = null
  const text: MapPiece[] = []
  const start = lines.findIndex((l) => l.startsWith('Linker script and memory map'))
  for (const line of lines.slice(start + 1)) {
    const out = /^(\.\S+)(?:\s+0x([0-9a-f]+)\s+0x([0-9a-f]+))?/.exec(line)
    if (out !== null) {
      inText = out[1] === '.text'
      if (inText && out[3] !== undefined) textSize = parseInt(out[3], 16)
      pending = null
      continue
    }
    if (!inText) continue
    const whole = /^ (\.\S+)\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+(\S.*)$/.exec(line)
    if (whole !== null) {
      text.push({ section: whole[1], file: whole[3], size: parseInt(whole[2], 16) })
      pending = null
      continue
    }
    const head = /^ (\.\S+)\s*$/.exec(line)
    if (head !== null) {
      pending = head[1]
      continue
    }
    const rest = /^\s+0x[0-9a-f]+\s+0x([0-9a-f]+)\s+(\S.*)$/.exec(line)
    if (rest !== null && pending !== null)
      text.push({ section: pending, file: rest[2], size: parseInt(rest[1], 16) })
    pending = null
  }
  return { textSize, text }
}

/** Reads a map file of either linker; null when it is neither's. */
export function parseLinkMap(content: string): LinkMap | null {
  const lines = content.split(/\r?\n/)
  if (/^\s*VMA\s+(LMA\s+)?Size\s+Align\s+Out\s+In\s+Symbol/.test(lines[0] ?? ''))
    return parseLld(lines)
  if (lines.some((l) => l.startsWith('Linker script and memory map'))) return parseGnu(lines)
  return null
}

/** The symbol a function section is named after: `.text.unlikely._ZN…E` → `_ZN…E`. */
export function sectionSymbol(section: string): string | null {
  const m = /^\.text\.(?:(?:unlikely|hot|startup|exit|split)\.)?(.+)$/.exec(section)
  return m === null ? null : m[1]
}
