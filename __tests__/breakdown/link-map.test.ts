// Linker maps line by line: what counts as an output section, an input section of .text, a
// wrapped name or a symbol, in both formats (the whole maps are in units.test.ts).
import { parseLinkMap, sectionSymbol } from '../../src/breakdown/link-map.js'

describe('lld', () => {
  it('reads a map without the LMA column, and skips what nests deeper than input sections', () => {
    const map = [
      'VMA  Size  Align  Out  In  Symbol',
      '1000   40    16 .text',
      '1000   30    16         a.o:(.text.one)',
      '1000   30     1                 b.o:(.text.symbol_line_not_a_section)',
      '1030   10    16         c.o:(.text.two) trailing',
      '1040   10    16         d.o:(.text.three)',
      '2000    8     8 .data',
      '2000    8     8         e.o:(.data.x)'
    ].join('\n')
    expect(parseLinkMap(map)).toEqual({
      textSize: 0x40,
      text: [
        { section: '.text.one', file: 'a.o', size: 0x30 },
        { section: '.text.three', file: 'd.o', size: 0x10 }
      ]
    })
  })

  it('needs its header on the first line', () => {
    expect(parseLinkMap('XVMA LMA Size Align Out In Symbol\n1000 40 16 .text')).toBeNull()
    expect(parseLinkMap('\nVMA LMA Size Align Out In Symbol')).toBeNull()
    expect(parseLinkMap('  VMA LMA Size Align Out In Symbol')).toEqual({ textSize: null, text: [] })
  })
})

describe('GNU ld', () => {
  it('counts nothing before the memory map, nor outside .text, nor lines it cannot place', () => {
    const map = [
      '.text           0x0000000000000000      0x999',
      ' .text.before   0x0000000000000000       0x10 early.o',
      'Linker script and memory map',
      ' .text.loose    0x0000000000000000       0x20 loose.o',
      '.text           0x0000000000001000       0x80',
      ' .text.a        0x0000000000001000       0x30 a.o',
      '  .text.deeper  0x0000000000001030       0x10 deeper.o',
      ' .text.wrapped_long_name   ',
      '                0x0000000000001040       0x20 w.o',
      '  .text.deep_wrapped',
      '                0x0000000000001060       0x08 dw.o',
      '                0x0000000000001068       0x08 orphan.o',
      '.long_output_section_name',
      '                0x0000000000002000       0x40',
      ' .text.after_wrap 0x0000000000002000     0x40 after.o'
    ].join('\n')
    expect(parseLinkMap(map)).toEqual({
      textSize: 0x80,
      text: [
        { section: '.text.a', file: 'a.o', size: 0x30 },
        { section: '.text.wrapped_long_name', file: 'w.o', size: 0x20 }
      ]
    })
  })

  it('an output .text whose size wraps onto the next line has no size', () => {
    const map = [
      'Linker script and memory map',
      '.text',
      '                0x0000000000001000       0x80',
      ' .text.a        0x0000000000001000       0x30 a.o'
    ].join('\n')
    expect(parseLinkMap(map)).toEqual({
      textSize: null,
      text: [{ section: '.text.a', file: 'a.o', size: 0x30 }]
    })
  })

  it('is told by its memory-map line, wherever it is', () => {
    expect(parseLinkMap('x\nLinker script and memory map\n')).toEqual({ textSize: null, text: [] })
    expect(parseLinkMap('x\nsee Linker script and memory map\n')).toBeNull()
  })
})

it.each([
  ['.data.text.x', null],
  ['x.text.hot.y', null],
  ['.text.split.part', 'part']
])('the symbol of %s is %s', (section, symbol) => {
  expect(sectionSymbol(section)).toBe(symbol)
})
