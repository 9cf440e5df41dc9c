// The decision rule of `tune: speed`, a pure function of recorded timings.
//
// Every round times each candidate once, in turn (A B C A B C …), so drift on the machine hits
// all of them alike. Within a round, each candidate's time is divided by the control's: that
// pairs the measurements and cancels what the round shared. For each candidate, the median of
// those per-round ratios estimates how its time compares with the control's, and a
// distribution-free 95% confidence interval of that median comes from the order statistics of
// the sign test (no assumption about the shape of the noise). A candidate beats the control
// only when the whole interval lies below 1: it was faster in clearly more rounds than chance
// allows. Of those, the one with the lowest median ratio ships; with none, the control ships.

/** CPU seconds of one candidate per round (all benchmark lines summed), indexed like rounds. */
export type Timings = Record<string, number[]>

export interface RatioEstimate {
  name: string
  /** Median of the per-round ratios candidate / control. */
  median: number
  /** 95% (or more) confidence interval of that median; null with too few rounds. */
  low: number | null
  high: number | null
  /** Median CPU seconds of this candidate over the rounds. */
  time: number
}

export interface SpeedDecision {
  winner: string
  /** True when the winner is the control because nothing beat it beyond the noise. */
  keptControl: boolean
  estimates: RatioEstimate[]
  rounds: number
}

/** Rounds below which no interval reaches 95% confidence (2 / 2^6 < 5%). */
export const MIN_ROUNDS = 6

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** P(X <= k) for X ~ Binomial(n, 1/2). */
function binomialCdf(n: number, k: number): number {
  let term = 0.5 ** n // C(n, 0) / 2^n
  let sum = term
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i
    sum += term
  }
  return sum
}

/**
 * The sign-test confidence interval of a median: [x(k), x(n+1-k)] of the sorted values, with the
 * largest k whose two tails together stay at or below 5%. Null when n is too small for any k.
 */
export function medianInterval(values: number[]): { low: number; high: number } | null {
  const n = values.length
  const s = [...values].sort((a, b) => a - b)
  let k = 0
  while (k + 1 <= n && binomialCdf(n, k) <= 0.025) k++
  if (k === 0) return null
  return { low: s[k - 1], high: s[n - k] }
}

function estimate(name: string, times: number[], control: number[]): RatioEstimate {
  const ratios = times.map((t, i) => (control[i] > 0 ? t / control[i] : t > 0 ? Infinity : 1))
  const ci = medianInterval(ratios)
  return {
    name,
    median: median(ratios),
    low: ci?.low ?? null,
    high: ci?.high ?? null,
    time: median(times)
  }
}

/** Picks the fastest candidate that beats the control beyond the noise, or the control. */
export function decideSpeed(timings: Timings, control: string): SpeedDecision {
  const base = timings[control]
  if (base === undefined) throw new Error(`no timings for the control '${control}'`)
  const estimates = Object.entries(timings).map(([name, times]) => estimate(name, times, base))
  const beating = estimates
    .filter((e) => e.name !== control && e.high !== null && e.high < 1)
    .sort((a, b) => a.median - b.median)
  const winner = beating[0]?.name ?? control
  return { winner, keptControl: winner === control, estimates, rounds: base.length }
}

/**
 * Whether more rounds could change the decision. A candidate is decided once its interval lies
 * wholly below or wholly above 1 (faster or slower than the control beyond the noise). The
 * decision is settled when every candidate is decided, or when the best faster one's interval
 * lies wholly below those of all undecided ones: even if they turn out faster than the control,
 * they are slower than it. Among several faster ones, the lowest median wins.
 */
export function settled(decision: SpeedDecision, control: string): boolean {
  const others = decision.estimates.filter((e) => e.name !== control)
  const decided = (e: RatioEstimate): boolean =>
    e.low !== null && e.high !== null && (e.high < 1 || e.low > 1)
  const open = others.filter((e) => !decided(e))
  if (open.length === 0) return true
  const best = others
    .filter((e) => decided(e) && (e.high as number) < 1)
    .sort((a, b) => a.median - b.median)[0]
  return best !== undefined && open.every((e) => e.low !== null && e.low > (best.high as number))
}
