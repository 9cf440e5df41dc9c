// The pure parts of size-breakdown: linker maps of lld and GNU ld, ELF section headers, sums per
// crate and deltas, and the report's words.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../support/action.js'
import { attribute, biggestMovers, crateEntries } from '../../src/breakdown/attribute.js'
import { knownCrates } from '../../src/breakdown/crates.js'
import { debugWeight } from '../../src/breakdown/elf.js'
import { parseLinkMap, sectionSymbol } from '../../src/breakdown/link-map.js'
import { readElfSections } from '../../src/breakdown/measure.js'
import { crateSections, debugWeightSection, moversPhrase } from '../../src/breakdown/report.js'
import { readSizeBreakdown } from '../../src/breakdown/inputs.js'
import { installWrapper, wrapperEnv } from '../../src/breakdown/wrapper.js'
import { configuredBuild } from '../../src/cargo/project.js'
import type { Artifact } from '../../src/report/sizes.js'

const DEPS = '/w/target/x86_64-unknown-linux-gnu/release/deps'
const OBJ = `${DEPS}/app-ce30.app.82df-cgu.0.rcgu.o`

// Lines as lld 22 writes them (rustc's self-contained linker), shortened.
const LLD = [
  '             VMA              LMA     Size Align Out     In      Symbol',
  '             2e0              2e0       1c     1 .interp',
  '             2e0              2e0       1c     1         <internal>:(.interp)',
  '            e480             e480      6b0    16 .text',
  '            e480             e480       22    16         /usr/lib/x86_64-linux-gnu/Scrt1.o:(.text)',
  '            e480             e480       22     1                 _start',
  `            e569             e569      543     1         ${OBJ}:(.text._ZN3app4main17h5d5e8f76d82732a7E)`,
  '            e569             e569      543     1                 app::main::h5d5e8f76d82732a7',
  `            eaac             eaac      100     1         ${OBJ}:(.text.unlikely._ZN3std2rt10lang_start17h0123456789abcdefE)`,
  `            ebac             ebac       10     1         ${DEPS}/libregex-0a1b.rlib(regex-0a1b.regex.3-cgu.0.rcgu.o):(.text.memchr_fallback)`,
  '           44d4c            44d4c       17     4 .init',
  '           44d4c            44d4c       17     4         /usr/lib/x86_64-linux-gnu/crti.o:(.init)'
].join('\n')

// Lines as GNU ld 2.40 writes them: discarded sections first, long names wrapped.
const GNU = [
  'Discarded input sections',
  '',
  ' .text.unused   0x0000000000000000        0x4 /tmp/a.o',
  '',
  'Linker script and memory map',
  '',
  '.text           0x0000000000001040      0x6b0',
  ' *(.text.unlikely .text.*_unlikely .text.unlikely.*)',
  ' .text          0x0000000000001040       0x22 /usr/lib/x86_64-linux-gnu/Scrt1.o',
  '                0x0000000000001040                _start',
  ' *fill*         0x0000000000001062        0xe ',
  ' .text._ZN3app4main17h5d5e8f76d82732a7E',
  `                0x0000000000001129      0x543 ${OBJ}`,
  ` .text.main     0x000000000000166c        0xe ${OBJ}`,
  '                0x000000000000166c                main',
  '',
  '.fini           0x0000000000001700        0xd',
  ' .fini          0x0000000000001700        0xd /usr/lib/x86_64-linux-gnu/crti.o'
].join('\n')

describe('linker maps', () => {
  it('reads the input sections of .text from lld', () => {
    expect(parseLinkMap(LLD)).toEqual({
      textSize: 0x6b0,
      text: [
        { section: '.text', file: '/usr/lib/x86_64-linux-gnu/Scrt1.o', size: 0x22 },
        { section: '.text._ZN3app4main17h5d5e8f76d82732a7E', file: OBJ, size: 0x543 },
        {
          section: '.text.unlikely._ZN3std2rt10lang_start17h0123456789abcdefE',
          file: OBJ,
          size: 0x100
        },
        {
          section: '.text.memchr_fallback',
          file: `${DEPS}/libregex-0a1b.rlib(regex-0a1b.regex.3-cgu.0.rcgu.o)`,
          size: 0x10
        }
      ]
    })
  })

  it('reads the input sections of .text from GNU ld, wrapped names too', () => {
    expect(parseLinkMap(GNU)).toEqual({
      textSize: 0x6b0,
      text: [
        { section: '.text', file: '/usr/lib/x86_64-linux-gnu/Scrt1.o', size: 0x22 },
        { section: '.text._ZN3app4main17h5d5e8f76d82732a7E', file: OBJ, size: 0x543 },
        { section: '.text.main', file: OBJ, size: 0xe }
      ]
    })
  })

  it('knows neither format otherwise', () => {
    expect(parseLinkMap('')).toBeNull()
    expect(parseLinkMap('# Path: /tmp/app\n# Arch: arm64\n')).toBeNull()
  })

  it.each([
    ['.text._ZN3app4main17hE', '_ZN3app4main17hE'],
    ['.text.unlikely._RNvC3app4main', '_RNvC3app4main'],
    ['.text.hot.main', 'main'],
    ['.text', null],
    ['.rodata.str', null]
  ])('the symbol of %s is %s', (section, symbol) => {
    expect(sectionSymbol(section)).toBe(symbol)
  })
})

describe('attribution', () => {
  const known = knownCrates(['regex', 'app'])
  it('sums code per crate, largest first, by symbol then by file', () => {
    expect(attribute(parseLinkMap(LLD)!, known)).toEqual([
      { name: 'app', size: 0x543 },
      { name: 'std', size: 0x100 },
      { name: '[unknown]', size: 0x22 },
      { name: 'regex', size: 0x10 }
    ])
  })

  it('compares with a baseline: changes, new and removed crates', () => {
    const now = [
      { name: 'app', size: 900 },
      { name: 'regex', size: 500 },
      { name: 'std', size: 1000 }
    ]
    expect(crateEntries(now, null).map((c) => [c.name, c.baseline, c.delta])).toEqual([
      ['std', null, null],
      ['app', null, null],
      ['regex', null, null]
    ])
    const entries = crateEntries(now, { std: 1000, app: 1000, clap: 300 })
    expect(entries).toEqual([
      { name: 'std', size: 1000, baseline: 1000, delta: 0 },
      { name: 'app', size: 900, baseline: 1000, delta: -100 },
      { name: 'regex', size: 500, baseline: 0, delta: 500 },
      { name: 'clap', size: 0, baseline: 300, delta: -300 }
    ])
    expect(biggestMovers(entries, 2).map((e) => e.name)).toEqual(['regex', 'clap'])
  })
})

describe('ELF section headers', () => {
  it('reads the sections of a real executable as readelf does', async () => {
    const sections = await readElfSections(process.execPath)
    const readelf = execFileSync('readelf', ['-S', '-W', process.execPath], { encoding: 'utf8' })
    const expected = [
      ...readelf.matchAll(/^\s*\[\s*\d+\]\s+(\S+)\s+(\S+)\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)/gm)
    ]
      .filter((m) => m[1] !== 'NULL') // section 0 has no name
      .map((m) => ({ name: m[1], size: m[2] === 'NOBITS' ? 0 : parseInt(m[3], 16) }))
    expect(
      sections?.filter((s) => s.name !== '').map((s) => ({ name: s.name, size: s.fileSize }))
    ).toEqual(expected)
  })

  it('is null for a file that is not ELF', async () => {
    expect(await readElfSections(path.join(ROOT, 'package.json'))).toBeNull()
  })

  it('weighs debug info and symbols', () => {
    const s = (name: string, fileSize: number) => ({ name, type: 1, fileSize })
    expect(
      debugWeight([
        s('.text', 100),
        s('.debug_info', 40),
        s('.zdebug_str', 2),
        s('.symtab', 24),
        s('.strtab', 9),
        s('.dynstr', 7)
      ])
    ).toEqual({ debugInfo: 42, symbols: 33 })
  })
})

const art = (over: Partial<Artifact>): Artifact => ({
  name: 'app',
  kind: 'bin',
  target: 'x86_64-unknown-linux-gnu',
  path: '/w/app',
  size: 4 << 20,
  sha256: 'a'.repeat(64),
  baseline: null,
  delta: null,
  debugSymbols: null,
  ...over
})

describe('report', () => {
  const kib = 1024
  const crates = [
    { name: 'std', size: 300 * kib, baseline: 300 * kib, delta: 0 },
    { name: 'regex', size: 150 * kib, baseline: 0, delta: 150 * kib },
    { name: 'serde_json', size: 90 * kib, baseline: 50 * kib, delta: 40 * kib },
    ...Array.from({ length: 11 }, (_, i) => ({
      name: `c${i}`,
      size: (11 - i) * kib,
      baseline: (11 - i) * kib,
      delta: 0
    })),
    { name: 'old', size: 0, baseline: 5 * kib, delta: -5 * kib }
  ]

  it('names the biggest movers for the verdict line', () => {
    expect(moversPhrase([art({ crates })])).toBe(
      ', mostly `regex` +150.0 KiB and `serde_json` +40.0 KiB'
    )
    expect(
      moversPhrase([art({ crates: crates.map((c) => ({ ...c, baseline: null, delta: null })) })])
    ).toBe('')
  })

  it('folds a table of the top 10 crates, a total for the rest, new and removed crates', () => {
    const text = crateSections([
      art({ crates }),
      art({
        name: 'lib.a',
        kind: 'staticlib',
        crates: null,
        cratesNote: 'not measured: a static library is not linked'
      })
    ]).join('\n')
    expect(text).toContain(
      '<details><summary>Code by crate in <code>x86_64-unknown-linux-gnu/app</code>: 606.0 KiB in 14 crates, mostly regex +150.0 KiB and serde_json +40.0 KiB</summary>'
    )
    expect(text).toContain('| `regex` | 150.0 KiB | 24.8% | new, +150.0 KiB |')
    expect(text).toContain('| `serde_json` | 90.0 KiB | 14.9% | +40.0 KiB |')
    expect(text).toContain('| `c6` | 5.0 KiB | 0.8% | 0 B |')
    expect(text).not.toContain('`c7`')
    expect(text).toContain('| 4 more crates | 10.0 KiB | 1.7% | 0 B |')
    expect(text).toContain('| `old` | 0 B | 0.0% | removed, −5.0 KiB |')
    expect(text).toContain(
      '`x86_64-unknown-linux-gnu/lib.a` not measured: a static library is not linked'
    )
    expect(text).toContain('estimate of machine code')
  })

  it('weighs the debug info of shipped files and points to debug-symbols', () => {
    const heavy = art({
      size: 12_000_000,
      debugWeight: { debugInfo: 8_000_000, symbols: 1_500_000 }
    })
    const light = art({
      name: 'small',
      size: 1_000_000,
      debugWeight: { debugInfo: 0, symbols: 5_000 }
    })
    const text = debugWeightSection([heavy, light], false).join('\n')
    expect(text).toContain(
      '- `x86_64-unknown-linux-gnu/app`: 9.06 MiB of 11.44 MiB (79.2%): debug info 7.63 MiB, symbols 1.43 MiB'
    )
    expect(text).not.toContain('small')
    expect(text).toContain('Set `debug-symbols: true`')
    expect(debugWeightSection([light], false)).toEqual([])
  })
})

describe('inputs and environment', () => {
  it('reads size-breakdown', () => {
    expect(readSizeBreakdown(() => '')).toBe(true)
    expect(readSizeBreakdown(() => 'false')).toBe(false)
    expect(() => readSizeBreakdown(() => 'sometimes')).toThrow(
      `Input 'size-breakdown' has an invalid value "sometimes": expected 'true' or 'false'`
    )
  })

  it('takes over a compiler wrapper and runs it in turn', () => {
    expect(wrapperEnv('/t/w.cjs', { RUSTC_WRAPPER: '/bin/sccache' })).toEqual({
      RUSTC_WRAPPER: '/t/w.cjs',
      RUST_OPTIMIZE_INNER_WRAPPER: '/bin/sccache'
    })
    expect(wrapperEnv('/t/w.cjs', { RUSTC_WORKSPACE_WRAPPER: '/x/mine' })).toEqual({
      RUSTC_WRAPPER: '/t/w.cjs'
    })
    expect(
      configuredBuild(
        [{ path: '/w/.cargo/config.toml', data: { build: { 'rustc-wrapper': 'sccache' } } }],
        'rustc-wrapper'
      )
    ).toBe('build.rustc-wrapper in /w/.cargo/config.toml')
    expect(
      configuredBuild(
        [{ path: '/w/.cargo/config.toml', data: { build: { jobs: 2 } } }],
        'rustc-wrapper'
      )
    ).toBeNull()
  })
})

describe('the wrapper cargo runs', () => {
  // `echo` stands in for rustc: it prints the arguments the wrapper passes on.
  const call = async (args: string[], env: Record<string, string> = {}): Promise<string> => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-wrapper-'))
    const wrapper = await installWrapper(dir, process.execPath)
    return execFileSync(wrapper, ['/bin/echo', ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...env }
    }).trim()
  }
  const out = '/w/target/x86_64-unknown-linux-gnu/release/deps'
  const link = ['--crate-name', 'app', '--target', 'x86_64-unknown-linux-gnu', '--out-dir', out]
  const map = `-C link-arg=-Wl,-Map=${path.join(out, '..', 'rust-optimize-maps', 'app.bin.map')}`

  it.each([
    [['--crate-type', 'bin', ...link], map],
    [['--crate-type=cdylib', '--crate-type', 'rlib', ...link], map.replace('bin', 'cdylib')],
    [['--crate-type', 'rlib', ...link], null], // not linked
    [['--crate-type', 'cdylib', '--crate-type', 'dylib', ...link], null], // two links, one map name
    [['--crate-type', 'bin', '--crate-name', 'build_script_build', '--out-dir', out], null], // host
    [
      [
        '--crate-type',
        'bin',
        ...link.slice(0, 2),
        '--target',
        'aarch64-apple-darwin',
        '--out-dir',
        out
      ],
      null
    ],
    [['--crate-type', 'bin', ...link, '-C', 'linker=rust-lld'], null], // a linker run directly
    [['--crate-type', 'bin', ...link, '-Clinker-flavor=ld.lld'], null],
    [['--crate-type', 'bin', ...link, '-C', 'linker=aarch64-linux-gnu-gcc'], map],
    [
      ['-', '--crate-name', '___', '--print=file-names', '--crate-type', 'bin', ...link.slice(2)],
      null
    ]
  ])('%j', async (args, added) => {
    const deps = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-target-')), 'deps')
    const real = args.map((a) => (a === out ? deps : a))
    const printed = await call(real)
    expect(printed.startsWith(real.join(' '))).toBe(true)
    const suffix = printed.slice(real.join(' ').length)
    const maps = path.join(path.dirname(deps), 'rust-optimize-maps')
    expect(suffix).toBe(
      added === null ? '' : ` ${added.replace(path.join(out, '..', 'rust-optimize-maps'), maps)}`
    )
  })

  it('runs the compiler wrapper it took over, with the same arguments', async () => {
    expect(await call(['-vV'], { RUST_OPTIMIZE_INNER_WRAPPER: '/bin/echo' })).toBe('/bin/echo -vV')
  })

  it('passes the exit code on', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-wrapper-'))
    const wrapper = await installWrapper(dir, process.execPath)
    expect(() => execFileSync(wrapper, ['/bin/false'], { stdio: 'ignore' })).toThrow(
      /status 1|code 1|failed/
    )
  })
})
