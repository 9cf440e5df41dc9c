// The breakdown's report words, whole: the crate tables (top ten, the rest summed, new and removed
// crates), unmeasured artifacts, the movers phrase and the debug-weight lines.
import { crateSections, debugWeightSection, moversPhrase } from '../../src/breakdown/report.js'
import type { CrateEntry } from '../../src/breakdown/attribute.js'
import { artifact } from '../support/artifacts.js'

const crate = (name: string, size: number, baseline: number | null): CrateEntry => ({
  name,
  size,
  baseline,
  delta: baseline === null ? null : size - baseline
})

const twelve = [
  crate('std', 60000, 60000),
  crate('regex', 30000, 20000),
  crate('app', 9000, 10000),
  crate('serde', 8000, 0),
  ...['c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12'].map((n, i) =>
    crate(n, 1000 - i * 100, 1000)
  ),
  crate('gone', 0, 2500)
]

test('crate tables: the top ten, the rest in one row, new and removed crates, the unmeasured', () => {
  const a = artifact('app', 200000, { crates: twelve })
  const b = artifact('tool', 5000, { crates: null, cratesNote: 'was not measured (no linker map)' })
  const c = artifact('one', 3000, { crates: [crate('one', 2000, null)] })
  expect(crateSections([a, b, c])).toEqual([
    '<details><summary>Code by crate in <code>x86_64-unknown-linux-gnu/app</code>: 109.6 KiB in 12 crates, mostly regex +9.8 KiB and serde +7.8 KiB</summary>',
    '',
    '| crate | code | share | delta |',
    '|---|--:|--:|--:|',
    '| `std` | 58.6 KiB | 53.5% | 0 B |',
    '| `regex` | 29.3 KiB | 26.7% | +9.8 KiB |',
    '| `app` | 8.8 KiB | 8.0% | −1000 B |',
    '| `serde` | 7.8 KiB | 7.1% | new, +7.8 KiB |',
    '| `c5` | 1000 B | 0.9% | 0 B |',
    '| `c6` | 900 B | 0.8% | −100 B |',
    '| `c7` | 800 B | 0.7% | −200 B |',
    '| `c8` | 700 B | 0.6% | −300 B |',
    '| `c9` | 600 B | 0.5% | −400 B |',
    '| `c10` | 500 B | 0.4% | −500 B |',
    '| 2 more crates | 700 B | 0.6% | −1.3 KiB |',
    '| `gone` | 0 B | 0.0% | removed, −2.4 KiB |',
    '',
    '</details>',
    '',
    '<details><summary>Code by crate in <code>x86_64-unknown-linux-gnu/one</code>: 2.0 KiB in 1 crate</summary>',
    '',
    '| crate | code | share |',
    '|---|--:|--:|',
    '| `one` | 2.0 KiB | 100.0% |',
    '',
    '</details>',
    '',
    'Code by crate `x86_64-unknown-linux-gnu/tool` was not measured (no linker map).',
    '',
    '_Code by crate is an estimate of machine code (`.text`) from the linker map: code inlined into another crate counts there, and generic code counts for the crate that defines it; data, headers and padding are not included._',
    ''
  ])
  expect(crateSections([b])).toEqual([
    'Code by crate `x86_64-unknown-linux-gnu/tool` was not measured (no linker map).',
    ''
  ])
  expect(crateSections([artifact('x', 1)])).toEqual([])
})

test('the movers phrase sums each crate over the artifacts', () => {
  const other = artifact('app2', 1, { crates: [crate('regex', 100, 50), crate('app', 10, 1000)] })
  expect(moversPhrase([artifact('app', 200000, { crates: twelve }), other])).toBe(
    ', mostly `regex` +9.8 KiB and `serde` +7.8 KiB'
  )
  expect(moversPhrase([artifact('c', 1, { crates: [crate('x', 5, null)] })])).toBe('')
})

test('debug weight: files where it is 1% or more, and what to set', () => {
  const files = [
    artifact('exact', 10000, { debugWeight: { debugInfo: 60, symbols: 40 } }),
    artifact('light', 10001, { debugWeight: { debugInfo: 60, symbols: 40 } }),
    artifact('none', 10, { debugWeight: { debugInfo: 0, symbols: 0 } }),
    artifact('unread', 10, { debugWeight: null })
  ]
  expect(debugWeightSection(files, false)).toEqual([
    '**Debug info and symbols in the shipped files:**',
    '- `x86_64-unknown-linux-gnu/exact`: 100 B of 9.8 KiB (1.0%): debug info 60 B, symbols 40 B',
    '',
    'Set `debug-symbols: true` to keep them in a separate file next to each artifact (`.debug`, `.dSYM`, `.pdb`) and ship the artifact stripped.',
    ''
  ])
  expect(debugWeightSection(files, true).slice(-2)).toEqual([
    'Your profile keeps them (a `strip` you set is kept); set `overrides: strip = "symbols"` to ship without them, `debug-symbols: true` still keeps them beside the file.',
    ''
  ])
  expect(debugWeightSection(files.slice(1), false)).toEqual([])
})
