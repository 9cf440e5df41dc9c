// The decision rule of `tune: speed`, a pure function of recorded timings.
//
// Every round times each candidate once (in an order shuffled per round, see order.ts), so
// drift on the machine hits all of them alike. Within a round, each candidate's time is compared
// with the control's as a log ratio: that pairs the measurements and cancels what the round
// shared. A candidate beats the control only when Yuen's trimmed-mean t test (trimmed.ts) says
// its log ratios lie below log(1 - minGain): it is faster by more than the smallest gain worth
// shipping, beyond the noise (the extreme rounds are trimmed, so an outlying run weighs nothing).
//
// The chance of a false winner is held at `alpha` across all candidates and all looks: at each
// look, Holm's procedure splits that look's share among the candidates; the looks come at fixed
// rounds (LOOKS), each spending part of alpha, and a decision at any round adds up the looks
// before it and a last look at that round within the next look's share. Of the candidates that
// passed at some look, the one with the lowest estimated time ratio ships; with none, the
// control ships.
import { pBelow, studentQuantile, trimmedMean } from './trimmed.js'

/** CPU seconds of one candidate per round (all benchmark lines summed), indexed like rounds. */
export type Timings = Record<string, number[]>

export interface SpeedOptions {
  /** The smallest gain worth shipping, a fraction of the control's time (0.01: 1%). */
  minGain?: number
  /** The chance of a false winner across all candidates and looks. */
  alpha?: number
}

export interface RatioEstimate {
  name: string
  /** Estimated time ratio candidate / control (Hodges-Lehmann, of the per-round log ratios). */
  median: number
  /** 95% interval of that ratio; null with too few rounds. */
  low: number | null
  high: number | null
  /** Median CPU seconds of this candidate over the rounds. */
  time: number
  /** The measured gain, 1 - ratio (0.05: 5% faster), and its 95% interval. */
  gain: number
  gainLow: number | null
  gainHigh: number | null
  /** The smallest gain these rounds could show beyond minGain; null: none, too few rounds. */
  detectable: number | null
  /** One-sided p-value of "not faster by more than minGain", at all rounds. */
  p: number
  /** The round of the look at which it beat the control by more than minGain; null: never. */
  passedAt: number | null
}

export interface SpeedDecision {
  winner: string
  /** True when the winner is the control because nothing beat it by more than minGain. */
  keptControl: boolean
  estimates: RatioEstimate[]
  rounds: number
  minGain: number
  alpha: number
  /** The rounds at which candidates were tested (the fixed looks before, and this round). */
  looks: number[]
}

/** Rounds below which no 95% interval exists (2 / 2^6 < 5%): the loop runs at least these. */
export const MIN_ROUNDS = 6
export const DEFAULT_MIN_GAIN = 0.01
export const DEFAULT_ALPHA = 0.05
/** The fixed looks: [round, share of alpha spent once it is done], the shares cumulative. */
export const LOOKS: readonly (readonly [number, number])[] = [
  [10, 0.4],
  [20, 0.8],
  [30, 1]
]
/** Times below this many seconds count as this much (a CPU clock of 10 ms ticks can read 0). */
const FLOOR_SECONDS = 0.001

/** The share of alpha spent once `rounds` rounds are done: linear between looks. */
export function spent(rounds: number): number {
  let [prevRound, prevShare] = [MIN_ROUNDS - 1, 0]
  for (const [round, share] of LOOKS) {
    if (rounds <= round)
      return rounds <= prevRound
        ? prevShare
        : prevShare + ((share - prevShare) * (rounds - prevRound)) / (round - prevRound)
    ;[prevRound, prevShare] = [round, share]
  }
  return prevShare
}

/** The looks of a decision at `rounds`, each with its own level: fixed looks before, then it. */
export function looksAt(rounds: number, alpha: number): { round: number; level: number }[] {
  const out: { round: number; level: number }[] = []
  let before = 0
  for (const [round] of LOOKS) {
    if (round >= rounds) break
    out.push({ round, level: alpha * (spent(round) - before) })
    before = spent(round)
  }
  if (rounds >= MIN_ROUNDS) out.push({ round: rounds, level: alpha * (spent(rounds) - before) })
  return out
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

function logRatios(times: number[], control: number[]): number[] {
  return times.map((t, i) =>
    Math.log(Math.max(t, FLOOR_SECONDS) / Math.max(control[i], FLOOR_SECONDS))
  )
}

/** Holm's step-down at `level`: the indexes of the p-values it rejects. */
export function holm(ps: number[], level: number): Set<number> {
  const order = ps.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const rejected = new Set<number>()
  for (const [rank, [p, i]] of order.entries()) {
    if (p > level / (ps.length - rank)) break
    rejected.add(i)
  }
  return rejected
}

function estimate(name: string, times: number[], logs: number[], threshold: number, level: number) {
  const t = trimmedMean(logs)
  const half = t.se * studentQuantile(0.025, t.df)
  const ok = logs.length >= MIN_ROUNDS
  // How far below the threshold an estimate must lie to pass with the spread these rounds showed,
  // at the level one candidate gets at the last look.
  const reach = ok && level > 0 ? t.se * studentQuantile(level, t.df) : null
  return {
    name,
    median: Math.exp(t.mean),
    low: ok ? Math.exp(t.mean - half) : null,
    high: ok ? Math.exp(t.mean + half) : null,
    time: median(times),
    gain: 1 - Math.exp(t.mean),
    gainLow: ok ? 1 - Math.exp(t.mean + half) : null,
    gainHigh: ok ? 1 - Math.exp(t.mean - half) : null,
    detectable: reach === null ? null : 1 - Math.exp(threshold - reach),
    p: pBelow(t, threshold),
    passedAt: null as number | null
  }
}

/** Picks the fastest candidate that beats the control by more than minGain, or the control. */
export function decideSpeed(
  timings: Timings,
  control: string,
  options: SpeedOptions = {}
): SpeedDecision {
  const minGain = options.minGain ?? DEFAULT_MIN_GAIN
  const alpha = options.alpha ?? DEFAULT_ALPHA
  const base = timings[control]
  if (base === undefined) throw new Error(`no timings for the control '${control}'`)
  const rounds = base.length
  const threshold = Math.log(1 - minGain)
  const rivals = Object.keys(timings).filter((name) => name !== control)
  const logs = rivals.map((name) => logRatios(timings[name], base))
  const looks = looksAt(rounds, alpha)
  const last = looks[looks.length - 1]?.level ?? 0
  const estimates: RatioEstimate[] = Object.entries(timings).map(([name, times]) =>
    estimate(name, times, logRatios(times, base), threshold, last / Math.max(1, rivals.length))
  )
  for (const look of looks) {
    const ps = logs.map((l) => pBelow(trimmedMean(l.slice(0, look.round)), threshold))
    for (const i of holm(ps, look.level)) {
      const e = estimates.find((x) => x.name === rivals[i]) as RatioEstimate
      e.passedAt ??= look.round
    }
  }
  const best = estimates
    .filter((e) => e.passedAt !== null)
    .sort((a, b) => a.median - b.median || a.name.localeCompare(b.name))[0]
  const winner = best?.name ?? control
  return {
    winner,
    keptControl: winner === control,
    estimates,
    rounds,
    minGain,
    alpha,
    looks: looks.map((l) => l.round)
  }
}

/** Whether a candidate cannot be worth shipping: its whole 95% interval gains less than minGain. */
export function futile(e: RatioEstimate, minGain: number): boolean {
  return e.gainHigh !== null && e.gainHigh < minGain
}

/**
 * Whether the loop may stop. Keeping the control early is always safe: when every candidate's
 * gain is clearly below minGain. Stopping with a winner happens only at a fixed look (a look
 * the error control counts), once every other candidate passed too, is futile, or is clearly
 * slower than the winner (its interval wholly above the winner's).
 */
export function settled(decision: SpeedDecision, control: string): boolean {
  const others = decision.estimates.filter((e) => e.name !== control)
  if (others.every((e) => futile(e, decision.minGain))) return true
  if (decision.keptControl || !LOOKS.some(([round]) => round === decision.rounds)) return false
  const best = others.find((e) => e.name === decision.winner) as RatioEstimate
  return others.every(
    (e) =>
      e.passedAt !== null ||
      futile(e, decision.minGain) ||
      (e.low !== null && best.high !== null && e.low > best.high)
  )
}
