// Student's t for the mean of paired differences, for tune's decision rule. Pure.
//
// The differences are the per-round log time ratios of a candidate to the control, once the
// outlying runs are set aside (screen.ts): what is left is close to normal, and the sizes of the
// differences count, so a few rounds already show a gain of some percent through 2% noise.

export interface MeanTest {
  n: number
  mean: number
  /** Standard error of the mean (0 when all values are equal; Infinity below two values). */
  se: number
  df: number
}

export function meanTest(xs: number[]): MeanTest {
  const n = xs.length
  const mean = n === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / n
  const ss = xs.reduce((a, x) => a + (x - mean) ** 2, 0)
  return { n, mean, se: n > 1 ? Math.sqrt(ss / (n * (n - 1))) : Infinity, df: Math.max(n - 1, 1) }
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7
  ]
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  const z = x - 1
  let a = c[0]
  const t = z + 7.5
  for (let i = 1; i < 9; i++) a += c[i] / (z + i)
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a)
}

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300
  let c = 1
  let d = 1 - ((a + b) * x) / (a + 1)
  d = 1 / (Math.abs(d) < tiny ? tiny : d)
  let f = d
  for (let m = 1; m <= 300; m++) {
    for (const num of [
      (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
      (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))
    ]) {
      d = 1 + num * d
      d = 1 / (Math.abs(d) < tiny ? tiny : d)
      c = 1 + num / c
      c = Math.abs(c) < tiny ? tiny : c
      f *= c * d
    }
    if (Math.abs(c * d - 1) < 1e-15) break
  }
  return f
}

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
  )
  return x < (a + 1) / (a + b + 2)
    ? (front * betaFraction(a, b, x)) / a
    : 1 - (front * betaFraction(b, a, 1 - x)) / b
}

/** P(T <= t) for Student's t with df degrees of freedom. */
export function studentCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5)
  return t < 0 ? tail : 1 - tail
}

/** The t with P(T > t) = p (0 < p < 1/2), by bisection. */
export function studentQuantile(p: number, df: number): number {
  const key = `${p}:${df}`
  const known = quantiles.get(key)
  if (known !== undefined) return known
  const q = bisectQuantile(p, df)
  quantiles.set(key, q)
  return q
}

/** Quantiles already computed: a tune run asks for the same few (p, df) again and again. */
const quantiles = new Map<string, number>()

function bisectQuantile(p: number, df: number): number {
  let [lo, hi] = [0, 1e3]
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2
    if (1 - studentCdf(mid, df) > p) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

/** One-sided p-value that the differences' mean lies below `threshold`. */
export function pBelow(t: MeanTest, threshold: number): number {
  if (t.se === 0) return t.mean < threshold ? 0 : 1
  return studentCdf((t.mean - threshold) / t.se, t.df)
}
