// Sizes against a baseline, case by case: per-crate code, totals, growth order, budgets on an
// empty baseline, and readable numbers at every unit boundary.
import {
  applyBaseline,
  artifactKey,
  budgetFailure,
  cratesByArtifact,
  formatBytes,
  formatDelta,
  formatPercent,
  grownArtifacts,
  overBudget,
  removedArtifacts,
  summarize,
  type Baseline
} from '../../src/report/sizes.js'
import { artifact as art, HOST_TRIPLE } from '../support/artifacts.js'

const T = HOST_TRIPLE
const base = (sizes: Record<string, number>, crates?: Baseline['crates']): Baseline => ({
  description: 'b',
  sizes,
  ...(crates ? { crates } : {})
})

test('code per crate by artifact key; artifacts without crates are left out', () => {
  const crates = [
    { name: 'std', size: 10, baseline: null, delta: null },
    { name: 'app', size: 3, baseline: null, delta: null }
  ]
  expect(
    cratesByArtifact([art('a', 1, { crates }), art('b', 1, { crates: null }), art('c', 1)])
  ).toEqual({ [`${T}/a`]: { std: 10, app: 3 } })
  expect(artifactKey({ target: 'specs/os.json', name: 'x' })).toBe('specs/os.json/x')
})

test('applyBaseline: sizes and crates against the baseline, or none', () => {
  const crates = [
    { name: 'app', size: 3, baseline: null, delta: null },
    { name: 'std', size: 10, baseline: null, delta: null }
  ]
  const b = base({ [`${T}/a`]: 5 }, { [`${T}/a`]: { std: 12, gone: 4 } })
  const [a, c] = applyBaseline([art('a', 7, { crates }), art('c', 2)], b)
  expect([a.baseline, a.delta, c.baseline, c.delta]).toEqual([5, 2, null, null])
  expect(a.crates).toEqual([
    { name: 'std', size: 10, baseline: 12, delta: -2 },
    { name: 'app', size: 3, baseline: 0, delta: 3 },
    { name: 'gone', size: 0, baseline: 4, delta: -4 }
  ])
  expect(c.crates).toBeUndefined()
  const [none] = applyBaseline([art('a', 7, { crates })], null)
  expect([none.baseline, none.delta]).toEqual([null, null])
  expect(none.crates).toEqual([
    { name: 'std', size: 10, baseline: null, delta: null },
    { name: 'app', size: 3, baseline: null, delta: null }
  ])
  // a baseline without crates for this artifact: every crate is new
  const [noCrates] = applyBaseline([art('a', 7, { crates })], base({ [`${T}/a`]: 7 }))
  expect(noCrates.crates?.map((e) => e.baseline)).toEqual([null, null])
})

test('summarize: totals, delta and percent rounded to two places; an empty baseline has none', () => {
  const arts = [art('a', 1000), art('b', 2)]
  expect(summarize(arts, null)).toEqual({
    total: 1002,
    baselineTotal: null,
    delta: null,
    deltaPercent: null
  })
  expect(summarize(arts, base({ x: 300, y: 600 }))).toEqual({
    total: 1002,
    baselineTotal: 900,
    delta: 102,
    deltaPercent: 11.33
  })
  expect(summarize([art('a', 5)], base({}))).toEqual({
    total: 5,
    baselineTotal: 0,
    delta: 5,
    deltaPercent: null
  })
  expect(summarize([], base({ x: 3 }))).toMatchObject({ total: 0, delta: -3, deltaPercent: -100 })
})

test('budgets against an empty baseline, and with nothing to compare', () => {
  const percent = { unit: 'percent' as const, value: 0, raw: '0%' }
  const summary = (delta: number | null, baselineTotal: number | null) => ({
    total: 0,
    baselineTotal,
    delta,
    deltaPercent: null
  })
  expect(overBudget(summary(1, 0), percent)).toBe(true)
  expect(overBudget(summary(0, 0), percent)).toBe(false)
  expect(overBudget(summary(1, 0), { ...percent, value: 50 })).toBe(true)
  expect(overBudget(summary(null, 5), percent)).toBeNull()
  expect(overBudget(summary(3, null), percent)).toBeNull()
  expect(overBudget(summary(3, 100), { unit: 'bytes', value: 2, raw: '2' })).toBe(true)
  expect(overBudget(summary(2, 100), { unit: 'bytes', value: 2, raw: '2' })).toBe(false)
  expect(overBudget(summary(3, 100), { ...percent, value: 2.5 })).toBe(true)
  expect(overBudget(summary(5, 200), { ...percent, value: 2.5 })).toBe(false)
})

test('grown artifacts: largest growth first, new ones by size; none without a baseline', () => {
  const arts = [
    art('same', 9, { baseline: 9, delta: 0 }),
    art('small', 9, { baseline: 8, delta: 1 }),
    art('shrunk', 1, { baseline: 5, delta: -4 }),
    art('new', 4),
    art('big', 9, { baseline: 2, delta: 7 })
  ]
  expect(grownArtifacts(arts, base({})).map((a) => a.name)).toEqual(['big', 'new', 'small'])
  expect(grownArtifacts(arts, null)).toEqual([])
  expect(removedArtifacts(arts, null)).toEqual([])
  expect(removedArtifacts([], base({ 'specs/os.json/x': 2 }))).toEqual([
    { target: 'specs/os.json', name: 'x', size: 2 }
  ])
})

test('the budget failure names the total and what grew, new ones by size', () => {
  const b = base({ [`${T}/a`]: 1000 })
  const arts = [art('a', 1100, { baseline: 1000, delta: 100 }), art('n', 2048)]
  const summary = summarize(arts, b)
  const budget = { unit: 'bytes' as const, value: 10, raw: '+10' }
  expect(budgetFailure(arts, summary, b, budget)).toBe(
    `The total size grew +2.1 KiB (2148 bytes, +214.80%) over the baseline, more than the size budget +10. Grew: ${T}/n new (2.0 KiB); ${T}/a +100 B (+10.00%).`
  )
  expect(budgetFailure(arts, summary, b, null)).toBeNull()
  expect(budgetFailure(arts, summary, b, { ...budget, value: 2148 })).toBeNull()
  // over budget with nothing that grew (a removed artifact shrank the baseline's match)
  const shrunk = [art('a', 1000, { baseline: 1000, delta: 0 })]
  expect(
    budgetFailure(shrunk, { ...summarize(shrunk, b), delta: 5 }, b, { ...budget, value: 1 })
  ).toBe(
    'The total size grew +5 B (5 bytes, +0.50%) over the baseline, more than the size budget +10.'
  )
})

test.each([
  [0, '0 B'],
  [1023, '1023 B'],
  [-1023, '-1023 B'],
  [1024, '1.0 KiB'],
  [-1024, '-1.0 KiB'],
  [1024 ** 2 - 1, '1024.0 KiB'],
  [1024 ** 2, '1.00 MiB'],
  [1024 ** 3 - 1, '1024.00 MiB'],
  [1024 ** 3, '1.00 GiB'],
  [-(1024 ** 3), '-1.00 GiB'],
  [1.5 * 1024 ** 3, '1.50 GiB']
])('formatBytes(%p) is %p', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text)
})

test('deltas and percents with signs', () => {
  expect([formatDelta(1), formatDelta(-1), formatDelta(1024 ** 2)]).toEqual([
    '+1 B',
    '−1 B',
    '+1.00 MiB'
  ])
  expect([formatPercent(0, 5), formatPercent(5, 0), formatPercent(null, 5)]).toEqual([
    '0%',
    '—',
    '—'
  ])
  expect([formatPercent(1, 8), formatPercent(-1, 8)]).toEqual(['+12.50%', '−12.50%'])
})
