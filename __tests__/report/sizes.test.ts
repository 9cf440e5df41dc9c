import {
  applyBaseline,
  budgetFailure,
  formatBytes,
  formatDelta,
  formatPercent,
  overBudget,
  removedArtifacts,
  summarize,
  type Baseline
} from '../../src/report/sizes.js'
import { parseSizeBudget } from '../../src/report/size-budget.js'
import { artifact as art, HOST_TRIPLE } from '../support/artifacts.js'

const T = HOST_TRIPLE
const baseline = (sizes: Record<string, number>): Baseline => ({ description: 'x', sizes })

function check(budget: string, before: number, after: number): boolean | null {
  const b = baseline({ [`${T}/app`]: before })
  const artifacts = applyBaseline([art('app', after)], b)
  const budgetValue = parseSizeBudget(budget)
  if (budgetValue === null) throw new Error('no budget')
  return overBudget(summarize(artifacts, b), budgetValue)
}

describe('size budget at its edge', () => {
  test('bytes: growth equal to the budget passes, one byte more fails', () => {
    expect(check('+50KiB', 100_000, 100_000 + 51_200)).toBe(false)
    expect(check('+50KiB', 100_000, 100_000 + 51_201)).toBe(true)
    expect(check('4096', 10_000, 14_096)).toBe(false)
    expect(check('4096', 10_000, 14_097)).toBe(true)
  })
  test('zero: any growth fails, no change and shrinking pass', () => {
    expect(check('0', 1000, 1000)).toBe(false)
    expect(check('0', 1000, 999)).toBe(false)
    expect(check('0', 1000, 1001)).toBe(true)
  })
  test('percent is exact, with no floating-point slack either way', () => {
    // 7 / 100 * 100 is 7.000000000000001 in floating point; exactly 7% must pass.
    expect(check('+7%', 100, 107)).toBe(false)
    expect(check('+7%', 100, 108)).toBe(true)
    expect(check('+2%', 1_000_000, 1_020_000)).toBe(false)
    expect(check('+2%', 1_000_000, 1_020_001)).toBe(true)
    expect(check('+0.1%', 1_000_000, 1_001_000)).toBe(false)
    expect(check('+0.1%', 1_000_000, 1_001_001)).toBe(true)
    expect(check('+2.5%', 1000, 1025)).toBe(false)
    expect(check('+2.5%', 1000, 1026)).toBe(true)
  })
  test('no baseline: nothing to check', () => {
    const budgetValue = parseSizeBudget('+1%')
    if (budgetValue === null) throw new Error('no budget')
    expect(overBudget(summarize([art('app', 5)], null), budgetValue)).toBeNull()
  })
})

describe('budgetFailure', () => {
  test('names the artifacts that grew and the new ones, largest first', () => {
    const b = baseline({ [`${T}/a`]: 1000, [`${T}/b`]: 2000, [`${T}/c`]: 500 })
    const artifacts = applyBaseline(
      [art('a', 1100), art('b', 1900), art('c', 900), art('d', 10)],
      b
    )
    const summary = summarize(artifacts, b)
    expect(budgetFailure(artifacts, summary, b, parseSizeBudget('+1%'))).toBe(
      `The total size grew +410 B (410 bytes, +11.71%) over the baseline, more than the size budget +1%. Grew: ${T}/c +400 B (+80.00%); ${T}/a +100 B (+10.00%); ${T}/d new (10 B).`
    )
    expect(budgetFailure(artifacts, summary, b, parseSizeBudget('+410'))).toBeNull()
    expect(budgetFailure(artifacts, summary, b, null)).toBeNull()
  })
})

test('removed artifacts are the baseline entries no artifact matches', () => {
  const b = baseline({ [`${T}/a`]: 1, [`${T}/gone`]: 7, 'aarch64-unknown-linux-gnu/a': 3 })
  expect(removedArtifacts([art('a', 1)], b)).toEqual([
    { target: T, name: 'gone', size: 7 },
    { target: 'aarch64-unknown-linux-gnu', name: 'a', size: 3 }
  ])
})

test('readable numbers with signs', () => {
  expect([formatBytes(1023), formatBytes(1024), formatBytes(1536 * 1024)]).toEqual([
    '1023 B',
    '1.0 KiB',
    '1.50 MiB'
  ])
  expect([formatDelta(-2048), formatDelta(0), formatDelta(5), formatDelta(null)]).toEqual([
    '−2.0 KiB',
    '0 B',
    '+5 B',
    '—'
  ])
  expect([formatPercent(-125, 1000), formatPercent(1, 3), formatPercent(1, null)]).toEqual([
    '−12.50%',
    '+33.33%',
    '—'
  ])
})
