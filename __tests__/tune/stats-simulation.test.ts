// The speed decision simulated on its own, seeded: five candidates (your profile and four rivals)
// with 2% noise per run, a 3% drift shared by each round and 5% outliers that run 25% slower;
// your profile runs CONTROL_RUNS times a round, as in a tune. A false winner stays rare at every
// number of rounds and with early stopping as the action does it, and a real 5% gain wins in 80%
// of runs at 10 rounds, a real 3% gain in 80% at 20.
import { prng } from '../../src/tune/order.js'
import {
  CONTROL_RUNS,
  decideSpeed,
  MIN_ROUNDS,
  settled,
  type Timings
} from '../../src/tune/stats.js'

const NAMES = ['control', 'a', 'b', 'c', 'd']

function gauss(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r())
}

/** One tune run's timings: `factors[i]` is candidate i's true time relative to the control. */
function simulate(r: () => number, factors: number[], rounds: number): Timings {
  const t: Timings = Object.fromEntries(NAMES.map((n) => [n, []]))
  for (let k = 0; k < rounds; k++) {
    const drift = 1 + 0.03 * gauss(r)
    NAMES.forEach((n, i) => {
      for (let j = 0; j < (i === 0 ? CONTROL_RUNS : 1); j++)
        t[n].push(factors[i] * (1 + 0.02 * gauss(r)) * drift * (r() < 0.05 ? 1.25 : 1))
    })
  }
  return t
}

const first = (t: Timings, n: number): Timings =>
  Object.fromEntries(
    Object.entries(t).map(([k, v]) => [k, v.slice(0, n * (k === 'control' ? CONTROL_RUNS : 1))])
  )

/** The share of `runs` runs whose winner passes `ok`, at a fixed number of rounds or stopping. */
function rate(
  runs: number,
  factors: number[],
  rounds: number | 'stopping',
  ok: (winner: string) => boolean
): number {
  const r = prng(20261207)
  let hits = 0
  for (let i = 0; i < runs; i++) {
    const full = simulate(r, factors, rounds === 'stopping' ? 30 : rounds)
    let winner = decideSpeed(full, 'control').winner
    if (rounds === 'stopping')
      for (let n = MIN_ROUNDS; n <= 30; n++) {
        const d = decideSpeed(first(full, n), 'control')
        winner = d.winner
        if (settled(d, 'control')) break
      }
    if (ok(winner)) hits++
  }
  return hits / runs
}

const EQUAL = [1, 1, 1, 1, 1]
const rival = (w: string): boolean => w !== 'control'

test.each([6, 10, 20] as const)(
  'equally fast: a rival wins in at most 5%% of runs at %i rounds',
  (n) => {
    expect(rate(1000, EQUAL, n, rival)).toBeLessThanOrEqual(0.05)
  }
)

test('equally fast, stopping once settled as the action does: at most 5% false winners', () => {
  expect(rate(400, EQUAL, 'stopping', rival)).toBeLessThanOrEqual(0.05)
})

test('a rival 0.5% faster (below tune-min-gain) ships in at most 5% of runs at 20 rounds', () => {
  expect(rate(1000, [1, 0.995, 1, 1, 1], 20, rival)).toBeLessThanOrEqual(0.05)
})

test('all four rivals exactly at the 1% minimum gain: at most 5% of runs ship one', () => {
  expect(rate(1000, [1, 0.99, 0.99, 0.99, 0.99], 20, rival)).toBeLessThanOrEqual(0.05)
})

test.each([
  [0.95, 10],
  [0.97, 20]
] as const)('power: a real gain to %p of the time wins in 80%% of runs at %i rounds', (f, n) => {
  expect(rate(1000, [1, f, 1, 1, 1], n, (w) => w === 'a')).toBeGreaterThanOrEqual(0.8)
})

test('with stopping, a 5% gain is found almost always within 30 rounds', () => {
  expect(rate(300, [1, 0.95, 1, 1, 1], 'stopping', (w) => w === 'a')).toBeGreaterThanOrEqual(0.9)
})
