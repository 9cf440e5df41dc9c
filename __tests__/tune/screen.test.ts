// Setting aside the runs that hit a busy moment: values worked out by hand.
import { CUT, keptRuns, median, pairedLogRatios, type LogTable } from '../../src/tune/screen.js'

/** A table of log times from seconds: [candidate][round][run]. */
const logs = (seconds: number[][][]): LogTable =>
  seconds.map((c) => c.map((runs) => runs.map(Math.log)))
/** A 2% pattern that repeats, so every test sees the same spread. */
const noise = (k: number, i: number) => 1 + 0.02 * Math.sin(k * 2.3 + i * 1.1)
const table = (factors: number[], rounds: number, runs = [2, 1, 1]): number[][][] =>
  factors.map((f, i) =>
    Array.from({ length: rounds }, (_, k) =>
      Array.from({ length: runs[i] }, (_, j) => f * noise(k, i + j * 3))
    )
  )
const sizes = (t: LogTable) => t.map((c) => c.map((runs) => runs.length))

test('median', () => {
  expect([median([4, 1, 3, 2]), median([3, 1, 2]), median([7])]).toEqual([2.5, 2, 7])
})

test('under 2% noise no run is set aside, whatever the candidates and rounds share', () => {
  const t = table([1, 0.7, 1.4], 10)
  // Round 4 is 20% slower for everyone: the round shares it.
  t.forEach((c) => (c[3] = c[3].map((x) => x * 1.2)))
  expect(sizes(keptRuns(logs(t), 10))).toEqual(sizes(logs(t)))
})

test.each([1.25, 0.8])('a run %p times its usual time is set aside, and only it', (factor) => {
  const t = table([1, 0.95, 1], 10)
  t[1][6][0] *= factor
  t[0][2][1] *= factor
  const kept = sizes(keptRuns(logs(t), 10))
  const want = sizes(logs(t))
  want[1][6] = 0
  want[0][2] = 1
  expect(kept).toEqual(want)
  // The first rounds alone: the run of round 7 is not in them.
  expect(sizes(keptRuns(logs(t), 6))).toEqual(want.map((c) => c.slice(0, 6)))
})

test('timings that agree exactly lose no run; a run past 5 × 0.1% of the rest is set aside', () => {
  expect(CUT).toBe(5)
  const flat = (x: number): LogTable => [
    [
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0]
    ],
    [[0], [0], [x], [0]]
  ]
  expect(sizes(keptRuns(flat(0.0049), 4))).toEqual(sizes(flat(0)))
  expect(sizes(keptRuns(flat(-0.0049), 4))).toEqual(sizes(flat(0)))
  expect(sizes(keptRuns(flat(0.0052), 4))[1]).toEqual([1, 1, 0, 1])
  expect(sizes(keptRuns(flat(-0.0052), 4))[1]).toEqual([1, 1, 0, 1])
})

test('paired log ratios: the rival less the mean of the control runs kept, per round', () => {
  const kept: LogTable = [
    [[1, 2], [3], [], [5, 5]],
    [[0], [4], [9], []],
    [[10], [10], [10], [10]]
  ]
  expect(pairedLogRatios(kept, 0, 1)).toEqual([-1.5, 1])
  expect(pairedLogRatios(kept, 0, 2)).toEqual([8.5, 7, 5])
  expect(pairedLogRatios(kept, 2, 0)).toEqual([-8.5, -7, -5])
})
