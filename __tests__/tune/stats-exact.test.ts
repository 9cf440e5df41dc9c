// The speed rule's parts, value by value: alpha spent per round, the looks' levels, Holm's
// step-down, the intervals and what the decision and the stop rule read from them.
import {
  decideSpeed,
  holm,
  looksAt,
  settled,
  spent,
  type RatioEstimate,
  type SpeedDecision
} from '../../src/tune/stats.js'
import { meanTest, studentQuantile } from '../../src/tune/student.js'

test('alpha is spent linearly between the looks, none before the sixth round', () => {
  const table: [number, number][] = [
    [3, 0],
    [5, 0],
    [6, 0.06],
    [8, 0.18],
    [10, 0.3],
    [15, 0.6],
    [20, 0.9],
    [25, 0.95],
    [30, 1],
    [45, 1]
  ]
  for (const [rounds, share] of table)
    expect([rounds, spent(rounds)]).toEqual([rounds, expect.closeTo(share, 12)])
})

test('each look gets what was spent since the one before', () => {
  const levels = (rounds: number) =>
    looksAt(rounds, 0.05).map((l) => [l.round, Number(l.level.toFixed(12))])
  expect(levels(5)).toEqual([])
  expect(levels(6)).toEqual([[6, 0.003]])
  expect(levels(10)).toEqual([[10, 0.015]])
  expect(levels(15)).toEqual([
    [10, 0.015],
    [15, 0.015]
  ])
  expect(levels(20)).toEqual([
    [10, 0.015],
    [20, 0.03]
  ])
  expect(levels(25)).toEqual([
    [10, 0.015],
    [20, 0.03],
    [25, 0.0025]
  ])
  expect(levels(35)).toEqual([
    [10, 0.015],
    [20, 0.03],
    [30, 0.005],
    [35, 0]
  ])
})

test("Holm's step-down: smallest first, each at level / (m - rank), stopping at the first miss", () => {
  expect([...holm([0.01, 0.04, 0.03, 0.2], 0.1)].sort()).toEqual([0, 1, 2])
  expect([...holm([0.02, 0.02], 0.04)].sort()).toEqual([0, 1]) // at the bound: rejected
  expect([...holm([0.5, 0.001, 0.04], 0.05)]).toEqual([1]) // 0.04 > 0.05 / 2: the rest kept
  expect([...holm([0.03, 0.001, 0.0011], 0.05)]).toEqual([1, 2, 0])
  expect([...holm([0.2], 0.1)]).toEqual([])
})

/** Times around `base` seconds with a fixed ±2% pattern, scaled by `ratio`. */
const times = (ratio: number, rounds: number, base = 1) =>
  Array.from({ length: rounds }, (_, i) => base * ratio * (1 + 0.02 * Math.sin(i * 1.7 + ratio)))

test('the estimates: a symmetric interval in log space, gains as its mirror, the reach', () => {
  const control = times(1, 10)
  const fast = times(0.9, 10)
  const d = decideSpeed({ control, fast }, 'control')
  const e = d.estimates.find((x) => x.name === 'fast') as RatioEstimate
  const logs = fast.map((t, i) => Math.log(t / control[i]))
  const t = meanTest(logs)
  const half = t.se * studentQuantile(0.025, t.df)
  expect(e.ratio).toBeCloseTo(Math.exp(t.mean), 12)
  expect(e.low).toBeCloseTo(Math.exp(t.mean - half), 12)
  expect(e.high).toBeCloseTo(Math.exp(t.mean + half), 12)
  expect(e.gainLow).toBeCloseTo(1 - (e.high as number), 12)
  expect(e.gainHigh).toBeCloseTo(1 - (e.low as number), 12)
  // One rival: the last look's whole level, 0.015 at round 10.
  const reach = t.se * studentQuantile(0.015, t.df)
  expect(e.detectable).toBeCloseTo(1 - Math.exp(Math.log(0.99) - reach), 12)
  expect(e.passedAt).toBe(10)
  expect([d.winner, d.keptControl, d.rounds, d.looks, d.minGain, d.alpha]).toEqual([
    'fast',
    false,
    10,
    [10],
    0.01,
    0.05
  ])
  // Two rivals share it: the reach at 0.0075 each.
  const two = decideSpeed({ control, fast, other: times(0.95, 10) }, 'control')
  const f2 = two.estimates.find((x) => x.name === 'fast') as RatioEstimate
  expect(f2.detectable).toBeCloseTo(
    1 - Math.exp(Math.log(0.99) - t.se * studentQuantile(0.0075, t.df)),
    12
  )
})

test('before the sixth round there is no interval and no winner', () => {
  const d = decideSpeed({ control: times(1, 5), fast: times(0.5, 5) }, 'control')
  const e = d.estimates.find((x) => x.name === 'fast') as RatioEstimate
  expect([e.low, e.high, e.gainLow, e.gainHigh, e.detectable, e.passedAt]).toEqual([
    null,
    null,
    null,
    null,
    null,
    null
  ])
  expect([d.winner, d.looks]).toEqual(['control', []])
})

test('of two that pass, the faster ships; at equal speed, the first by name', () => {
  const control = times(1, 10)
  const d = decideSpeed({ control, b: times(0.8, 10), a: times(0.9, 10) }, 'control')
  expect(d.winner).toBe('b')
  const same = times(0.85, 10)
  expect(decideSpeed({ control, zed: same, abc: [...same] }, 'control').winner).toBe('abc')
  expect(() => decideSpeed({ fast: same }, 'control')).toThrow(
    "no timings for the control 'control'"
  )
})

const estimateOf = (name: string, over: Partial<RatioEstimate>): RatioEstimate => ({
  name,
  ratio: 1,
  low: 0.98,
  high: 1.02,
  time: 1,
  gain: 0,
  gainLow: -0.02,
  gainHigh: 0.02,
  detectable: 0.01,
  p: 0.5,
  passedAt: null,
  ...over
})
const decision = (winner: string, rounds: number, estimates: RatioEstimate[]): SpeedDecision => ({
  winner,
  keptControl: winner === 'control',
  estimates: [estimateOf('control', { passedAt: null }), ...estimates],
  rounds,
  minGain: 0.01,
  alpha: 0.05,
  looks: []
})

test('the loop stops when every rival is futile, or at a fixed look once the winner is clear', () => {
  const futileOne = estimateOf('slow', { gainHigh: 0.009 })
  const atBound = estimateOf('slow', { gainHigh: 0.01 })
  expect(settled(decision('control', 7, [futileOne]), 'control')).toBe(true)
  expect(settled(decision('control', 7, [atBound]), 'control')).toBe(false)
  const winner = estimateOf('fast', { passedAt: 10, low: 0.8, high: 0.85, gainHigh: 0.2 })
  expect(settled(decision('fast', 10, [winner]), 'control')).toBe(true)
  expect(settled(decision('fast', 11, [winner]), 'control')).toBe(false) // not a fixed look
  // Another rival, neither passed nor futile: slower than the winner's whole interval or not.
  const slower = estimateOf('mid', { low: 0.86, high: 0.9, gainHigh: 0.14 })
  const overlapping = estimateOf('mid', { low: 0.85, high: 0.9, gainHigh: 0.15 })
  expect(settled(decision('fast', 10, [winner, slower]), 'control')).toBe(true)
  expect(settled(decision('fast', 10, [winner, overlapping]), 'control')).toBe(false)
  expect(settled(decision('fast', 10, [winner, { ...slower, low: null }]), 'control')).toBe(false)
  expect(settled(decision('fast', 20, [winner, { ...overlapping, passedAt: 20 }]), 'control')).toBe(
    true
  )
  expect(settled(decision('fast', 20, [winner, futileOne]), 'control')).toBe(true)
})
