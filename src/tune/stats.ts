// The decision rule of `tune: speed`, a pure function of recorded timings.
//
// Every round times each candidate once and the control (your profile) CONTROL_RUNS times, in an
// order shuffled per round (see order.ts), so drift on the machine hits all of them alike. Every
// rival is compared with the control, so the control's runs weigh in every comparison: with four
// rivals, two control runs a round is the classic best split (the control gets √k times a
// rival's runs).
// Runs that hit a busy moment of the machine are set aside first (screen.ts). Within a round,
// each candidate's time is then compared with the control's as a log ratio: that pairs the
// measurements and cancels what the round shared. A candidate beats the control only when a t
// test (student.ts) says its log ratios lie below log(1 - minGain): it is faster by more than the
// smallest gain worth shipping, beyond the noise.
//
// The chance of a false winner is held at `alpha` across all candidates and all looks: at each
// look, Holm's procedure splits that look's share among the candidates; the looks come at fixed
// rounds (LOOKS), each spending part of alpha, and a decision at any round adds up the looks
// before it and a last look at that round within the next look's share. Of the candidates that
// passed at some look, the one with the lowest estimated time ratio ships; with none, the
// control ships.
import { keptRuns, median, pairedLogRatios, type LogTable } from './screen.js'
import { meanTest, pBelow, studentQuantile } from './student.js'

export { median }

/**
 * CPU seconds of each run (all benchmark lines summed), in round order: one run a round for each
 * candidate, and the same whole number of runs a round for the control (CONTROL_RUNS in a tune).
 */
export type Timings = Record<string, number[]>

export interface SpeedOptions {
  /** The smallest gain worth shipping, a fraction of the control's time (0.01: 1%). */
  minGain?: number
  /** The chance of a false winner across all candidates and looks. */
  alpha?: number
}

export interface RatioEstimate {
  name: string
  /** Estimated time ratio candidate / control: exp of the mean per-round log ratio. */
  ratio: number
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

/** Runs of the control a round: it is compared with every rival. */
export const CONTROL_RUNS = 2
/** Rounds before the first decision and interval: the loop runs at least these. */
export const MIN_ROUNDS = 6
export const DEFAULT_MIN_GAIN = 0.01
export const DEFAULT_ALPHA = 0.05
/** The fixed looks: [round, share of alpha spent once it is done], the shares cumulative. */
export const LOOKS: readonly (readonly [number, number])[] = [
  [10, 0.3],
  [20, 0.9],
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

/** Rounds in the timings: each rival's runs; the control's runs must split evenly over them. */
function roundsOf(timings: Timings, control: string, rivals: string[]): number {
  const base = timings[control].length
  const rounds = rivals.length === 0 ? base : timings[rivals[0]].length
  const uneven = rivals.find((name) => timings[name].length !== rounds)
  if (uneven !== undefined)
    throw new Error(`'${uneven}' has ${timings[uneven].length} runs, '${rivals[0]}' ${rounds}`)
  if (rounds > 0 ? base % rounds !== 0 || base === 0 : base > 0)
    throw new Error(`the control '${control}' has ${base} runs over ${rounds} rounds`)
  return rounds
}

/** Log seconds, [candidate][round][run]; the control first. */
function logTable(timings: Timings, names: string[], rounds: number): LogTable {
  return names.map((name) => {
    const runs = timings[name]
    const each = rounds === 0 ? 0 : runs.length / rounds
    return Array.from({ length: rounds }, (_, k) =>
      runs.slice(k * each, (k + 1) * each).map((t) => Math.log(Math.max(t, FLOOR_SECONDS)))
    )
  })
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

function estimate(
  name: string,
  times: number[],
  logs: number[],
  rounds: number,
  threshold: number,
  level: number
) {
  const t = meanTest(logs)
  const half = t.se * studentQuantile(0.025, t.df)
  // Counts the rounds run, not the pairs the screen left: a round set aside still ran.
  const ok = rounds >= MIN_ROUNDS && logs.length > 1
  // How far below the threshold an estimate must lie to pass with the spread these rounds showed,
  // at the level one candidate gets at the last look.
  const reach = ok && level > 0 ? t.se * studentQuantile(level, t.df) : null
  return {
    name,
    ratio: Math.exp(t.mean),
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
  if (timings[control] === undefined) throw new Error(`no timings for the control '${control}'`)
  const threshold = Math.log(1 - minGain)
  const rivals = Object.keys(timings).filter((name) => name !== control)
  const rounds = roundsOf(timings, control, rivals)
  const table = logTable(timings, [control, ...rivals], rounds)
  const ratiosAt = (n: number): number[][] => {
    const kept = keptRuns(table, n)
    return rivals.map((_, i) => pairedLogRatios(kept, 0, i + 1))
  }
  const all = ratiosAt(rounds)
  const looks = looksAt(rounds, alpha)
  const last = looks[looks.length - 1]?.level ?? 0
  const estimates: RatioEstimate[] = Object.entries(timings).map(([name, times]) =>
    estimate(
      name,
      times,
      name === control ? table[0].map(() => 0) : all[rivals.indexOf(name)],
      rounds,
      threshold,
      last / Math.max(1, rivals.length)
    )
  )
  for (const look of looks) {
    const ps = ratiosAt(look.round).map((l) => pBelow(meanTest(l), threshold))
    for (const i of holm(ps, look.level)) {
      const e = estimates.find((x) => x.name === rivals[i]) as RatioEstimate
      e.passedAt ??= look.round
    }
  }
  const best = estimates
    .filter((e) => e.passedAt !== null)
    .sort((a, b) => a.ratio - b.ratio || a.name.localeCompare(b.name))[0]
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
