// The runs of a speed tune that hit a busy moment of the machine, found across the whole table of
// timings and set aside before the decision. Pure.
//
// Each run's log time is split three ways: what its round shared (the median over all runs of the
// round), what its candidate is (the candidate's median offset from those round medians), and a
// residual. A run whose residual lies more than CUT robust standard deviations from zero (the
// standard deviation read as 1.4826 × the median absolute residual over all runs) is set aside.
// The rule treats every candidate alike and both directions alike, so it favours no one when all
// are equally fast; under 2% noise it sets aside only runs some 10% off, which such noise almost
// never gives, and a run 25% slower always.

/** How many robust standard deviations from its round and candidate a run may lie. */
export const CUT = 5
/** The smallest standard deviation assumed (0.1%): timings that agree exactly lose no run. */
const MIN_SPREAD = 0.001

/** Log times: [candidate][round][run], every candidate with the same rounds. */
export type LogTable = number[][][]

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** The table's first `rounds` rounds, each run kept only if it is not outlying. */
export function keptRuns(table: LogTable, rounds: number): LogTable {
  const cut = table.map((c) => c.slice(0, rounds))
  const shared = cut[0].map((_, k) => median(cut.flatMap((c) => c[k])))
  const own = cut.map((c) => median(c.flatMap((runs, k) => runs.map((x) => x - shared[k]))))
  const residual = (i: number, k: number, x: number): number => x - shared[k] - own[i]
  const all = cut.flatMap((c, i) => c.flatMap((runs, k) => runs.map((x) => residual(i, k, x))))
  const spread = Math.max(1.4826 * median(all.map(Math.abs)), MIN_SPREAD)
  return cut.map((c, i) =>
    c.map((runs, k) => runs.filter((x) => Math.abs(residual(i, k, x)) <= CUT * spread))
  )
}

/**
 * Per round, candidate `rival`'s log time less the control's (the mean of its kept runs that
 * round): rounds where either has no run kept are left out.
 */
export function pairedLogRatios(kept: LogTable, control: number, rival: number): number[] {
  const out: number[] = []
  kept[control].forEach((base, k) => {
    const own = kept[rival][k]
    if (base.length === 0 || own.length === 0) return
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
    out.push(mean(own) - mean(base))
  })
  return out
}
