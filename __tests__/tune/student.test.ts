// Student's t against independent reference values (SciPy's betainc, t.cdf and t.isf, to 1e-9),
// and the mean test worked out by hand.
import {
  incompleteBeta,
  meanTest,
  pBelow,
  studentCdf,
  studentQuantile
} from '../../src/tune/student.js'

const close = (got: number, want: number) =>
  expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)))

test('the incomplete beta function, on both sides of its switch and below a = 0.5', () => {
  const cases: [number, number, number, number][] = [
    [0.3, 2.5, 0.5, 0.018927124071945658],
    [0.7, 2.5, 0.5, 0.2031106637200549],
    [0.2, 0.25, 3, 0.8693623964693487],
    [0.9, 7, 0.5, 0.2327788324984552],
    [0.5, 0.3, 0.4, 0.5784917890443375],
    [0.999, 3, 0.5, 0.9407468104840536]
  ]
  for (const [x, a, b, want] of cases) close(incompleteBeta(x, a, b), want)
  expect(incompleteBeta(0.05, 40, 0.5) / 8.292738787946383e-54).toBeCloseTo(1, 8)
  expect([incompleteBeta(0, 2, 3), incompleteBeta(-1, 2, 3)]).toEqual([0, 0])
  expect([incompleteBeta(1, 2, 3), incompleteBeta(2, 2, 3)]).toEqual([1, 1])
})

test("Student's t: the CDF and the upper quantile", () => {
  const cdf: [number, number, number][] = [
    [2.228, 10, 0.9749941140914443],
    [-1.5, 4, 0.104],
    [0.7, 25, 0.754804731606935],
    [3.1, 3, 0.9733522276928319],
    [-0.2, 60, 0.4210784534070689]
  ]
  for (const [t, df, want] of cdf) close(studentCdf(t, df), want)
  close(studentCdf(0, 9), 0.5)
  const q: [number, number, number][] = [
    [0.025, 10, 2.2281388519862753],
    [0.01, 4, 3.746947387979197],
    [0.001, 19, 3.579400148954716],
    [0.2, 7, 0.8960296443137649]
  ]
  for (const [p, df, want] of q) {
    close(studentQuantile(p, df), want)
    close(studentQuantile(p, df), want) // the cached answer is the same
  }
})

test('the mean test: mean, standard error and degrees of freedom of the values', () => {
  const xs = [5, 1, 2, 3, 4]
  const t = meanTest(xs)
  expect(xs).toEqual([5, 1, 2, 3, 4])
  // Around 3: squares sum to 10, so se = sqrt(10 / (5 * 4)).
  expect([t.n, t.mean, t.df]).toEqual([5, 3, 4])
  close(t.se, Math.sqrt(10 / 20))
  expect(meanTest([4])).toEqual({ n: 1, mean: 4, se: Infinity, df: 1 })
  expect(meanTest([])).toEqual({ n: 0, mean: 0, se: Infinity, df: 1 })
  expect(meanTest([2, 2, 2, 2]).se).toBe(0)
  // One value alone gives no spread: never a confident result.
  expect(pBelow(meanTest([-5]), 0)).toBe(0.5)
})

test('pBelow: the chance the mean lies below a threshold', () => {
  const t = { n: 10, mean: 1, se: 0.5, df: 7 }
  close(pBelow(t, 0), studentCdf(2, 7))
  close(pBelow(t, 2), studentCdf(-2, 7))
  // All kept values equal: certain either way.
  expect(pBelow({ n: 5, mean: 1, se: 0, df: 4 }, 2)).toBe(0)
  expect(pBelow({ n: 5, mean: 1, se: 0, df: 4 }, 1)).toBe(1)
  expect(pBelow({ n: 5, mean: 1, se: 0, df: 4 }, 0.5)).toBe(1)
})
