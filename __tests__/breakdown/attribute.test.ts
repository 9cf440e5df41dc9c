// Code size per crate and the deltas against a baseline, edge by edge: empty pieces, the order of
// removed crates, and which crates count as movers.
import { attribute, biggestMovers, crateEntries } from '../../src/breakdown/attribute.js'
import { knownCrates } from '../../src/breakdown/crates.js'

const known = knownCrates(['app', 'regex'])
const piece = (symbol: string, size: number) => ({
  section: `.text.${symbol}`,
  file: '/w/target/release/deps/app-1.app.2-cgu.0.rcgu.o',
  size
})

test('an empty piece adds no crate to the sums', () => {
  const map = {
    textSize: 0x40,
    text: [
      piece('_ZN3app4main17h0123456789abcdefE', 0x30),
      piece('_ZN5regex3new17h0123456789abcdefE', 0),
      piece('_ZN3app3run17h0123456789abcdefE', 0x10)
    ]
  }
  expect(attribute(map, known)).toEqual([{ name: 'app', size: 0x40 }])
})

test('crates only the baseline had come last, the most removed first, then by name', () => {
  const entries = crateEntries([{ name: 'app', size: 10 }], {
    app: 10,
    zlib: 50,
    clap: 50,
    libm: 90
  })
  expect(entries).toEqual([
    { name: 'app', size: 10, baseline: 10, delta: 0 },
    { name: 'libm', size: 0, baseline: 90, delta: -90 },
    { name: 'clap', size: 0, baseline: 50, delta: -50 },
    { name: 'zlib', size: 0, baseline: 50, delta: -50 }
  ])
})

test('movers: only crates that changed, none without a baseline', () => {
  const now = [
    { name: 'app', size: 900 },
    { name: 'std', size: 1000 },
    { name: 'regex', size: 480 }
  ]
  expect(biggestMovers(crateEntries(now, null), 3)).toEqual([])
  const entries = crateEntries(now, { app: 1000, std: 1000, regex: 500 })
  expect(biggestMovers(entries, 3).map((e) => [e.name, e.delta])).toEqual([
    ['app', -100],
    ['regex', -20]
  ])
})
