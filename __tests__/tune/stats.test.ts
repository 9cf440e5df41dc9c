import { decideSpeed, median, settled } from '../../src/tune/stats.js'

// Recorded CPU seconds per round: the statistics are tested on data, never on live timing.
const control = [0.25, 0.26, 0.24, 0.31, 0.25, 0.27, 0.25, 0.26]

describe('median', () => {
  it('takes the middle for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([3, 1, 2])).toBe(2)
  })
})

describe('decideSpeed', () => {
  it('ships a candidate that is faster in every round, with its ratio and interval', () => {
    const fast = control.map((t) => t * 0.4 + 0.001)
    const same = control.map((t, i) => t * (i % 2 === 0 ? 1.03 : 0.97))
    const d = decideSpeed({ control: control, fast, same }, 'control')
    expect(d.winner).toBe('fast')
    expect(d.keptControl).toBe(false)
    const e = d.estimates.find((x) => x.name === 'fast')
    expect(e?.ratio).toBeCloseTo(0.4 + 0.001 / 0.255, 2)
    expect(e?.high).toBeLessThan(1)
    expect(d.rounds).toBe(8)
  })

  it('keeps the control when the differences are within the noise', () => {
    // Faster in most rounds, but not in enough of them to rule out chance.
    const noisy = control.map((t, i) => t * [0.9, 0.95, 1.08, 0.92, 0.97, 1.05, 0.94, 0.99][i])
    const d = decideSpeed({ control: control, noisy }, 'control')
    expect(d.estimates.find((x) => x.name === 'noisy')?.ratio).toBeLessThan(1)
    expect(d.winner).toBe('control')
    expect(d.keptControl).toBe(true)
    expect(settled(d, 'control')).toBe(false)
  })

  it('keeps the control with too few rounds for any interval', () => {
    const fast = control.slice(0, 5).map((t) => t / 2)
    const d = decideSpeed({ control: control.slice(0, 5), fast }, 'control')
    expect(d.winner).toBe('control')
  })

  it('picks the lowest ratio among candidates that beat the control, and is then settled', () => {
    const a = control.map((t) => t * 0.5)
    const b = control.map((t) => t * 0.45)
    const slow = control.map((t) => t * 1.5)
    const d = decideSpeed({ control: control, a, b, slow }, 'control')
    expect(d.winner).toBe('b')
    // A winner stops the rounds only at a fixed look (round 10), which the error control counts.
    expect(settled(d, 'control')).toBe(false)
    const c10 = [...control, 0.25, 0.26]
    const at10 = decideSpeed(
      { control: c10, a: c10.map((t) => t * 0.5), b: c10.map((t) => t * 0.45) },
      'control'
    )
    expect(at10.winner).toBe('b')
    expect(settled(at10, 'control')).toBe(true)
  })

  it('is settled when the best candidate is clearly faster than one still tied with the control', () => {
    const tied = control.map((t, i) => t * (i % 2 === 0 ? 1.03 : 0.97))
    const c10 = [...control, 0.25, 0.26]
    const d = decideSpeed(
      {
        control: c10,
        fast: c10.map((t) => t * 0.45),
        tied: c10.map((t, i) => t * (i % 2 === 0 ? 1.03 : 0.97))
      },
      'control'
    )
    expect(d.winner).toBe('fast')
    expect(settled(d, 'control')).toBe(true)
    // A tied candidate alone never settles: only the round budget ends that.
    expect(settled(decideSpeed({ control: control, tied }, 'control'), 'control')).toBe(false)
  })

  it("reads the control's runs a round from the timings, and refuses timings that do not split", () => {
    const twice = control.flatMap((t) => [t, t * 1.01])
    const fast = control.map((t) => t * 0.5)
    const d = decideSpeed({ control: twice, fast }, 'control')
    expect([d.winner, d.rounds]).toEqual(['fast', 8])
    // Against the mean of the round's two control runs (log 1 and log 1.01).
    const e = d.estimates.find((x) => x.name === 'fast')
    expect(e?.ratio).toBeCloseTo(0.5 / Math.sqrt(1.01), 12)
    expect(() => decideSpeed({ control: twice.slice(1), fast }, 'control')).toThrow(
      "the control 'control' has 15 runs over 8 rounds"
    )
    expect(() => decideSpeed({ control, fast, b: fast.slice(1) }, 'control')).toThrow(
      "'b' has 7 runs, 'fast' 8"
    )
    expect(() => decideSpeed({ control: [], fast }, 'control')).toThrow('has 0 runs over 8')
    expect(() => decideSpeed({ control, fast: [] }, 'control')).toThrow('has 8 runs over 0')
    expect(decideSpeed({ control: [], fast: [] }, 'control').winner).toBe('control')
    expect(decideSpeed({ control }, 'control').winner).toBe('control')
  })

  it('sets an outlying run aside: a slow run of the control does not make a rival win', () => {
    const base = [1, 1.01, 0.99, 1, 1.02, 0.98, 1, 1.01, 0.99, 1]
    const even = base.map((t, i) => t * (i % 2 === 0 ? 1.005 : 0.995))
    const slowOnce = base.map((t, i) => (i === 4 ? t * 1.25 : t))
    const d = decideSpeed({ control: slowOnce, even }, 'control')
    const e = d.estimates.find((x) => x.name === 'even')
    expect([d.winner, e?.ratio]).toEqual(['control', expect.closeTo(1, 2)])
  })

  it('names the missing control', () => {
    expect(() => decideSpeed({ a: [1] }, 'control')).toThrow(/control/)
  })
})
