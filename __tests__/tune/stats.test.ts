import { decideSpeed, median, medianInterval, settled } from '../../src/tune/stats.js'

// Recorded CPU seconds per round: the statistics are tested on data, never on live timing.
const control = [0.25, 0.26, 0.24, 0.31, 0.25, 0.27, 0.25, 0.26]

describe('medianInterval', () => {
  it('needs 6 values for 95% and widens inwards as rounds grow', () => {
    expect(medianInterval([1, 2, 3, 4, 5])).toBeNull()
    expect(medianInterval([6, 1, 5, 2, 4, 3])).toEqual({ low: 1, high: 6 })
    // n = 10: P(B <= 1) = 11/1024 <= 2.5% < P(B <= 2): the 2nd and 9th order statistics.
    expect(medianInterval([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ low: 2, high: 9 })
  })

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
    expect(e?.median).toBeCloseTo(0.4 + 0.001 / 0.255, 2)
    expect(e?.high).toBeLessThan(1)
    expect(d.rounds).toBe(8)
  })

  it('keeps the control when the differences are within the noise', () => {
    // Faster in most rounds, but not in enough of them to rule out chance.
    const noisy = control.map((t, i) => t * [0.9, 0.95, 1.08, 0.92, 0.97, 1.05, 0.94, 0.99][i])
    const d = decideSpeed({ control: control, noisy }, 'control')
    expect(d.estimates.find((x) => x.name === 'noisy')?.median).toBeLessThan(1)
    expect(d.winner).toBe('control')
    expect(d.keptControl).toBe(true)
    expect(settled(d, 'control')).toBe(false)
  })

  it('keeps the control with too few rounds for any interval', () => {
    const fast = control.slice(0, 5).map((t) => t / 2)
    const d = decideSpeed({ control: control.slice(0, 5), fast }, 'control')
    expect(d.winner).toBe('control')
  })

  it('picks the lowest median among candidates that beat the control, and is then settled', () => {
    const a = control.map((t) => t * 0.5)
    const b = control.map((t) => t * 0.45)
    const slow = control.map((t) => t * 1.5)
    const d = decideSpeed({ control: control, a, b, slow }, 'control')
    expect(d.winner).toBe('b')
    expect(settled(d, 'control')).toBe(true)
  })

  it('is settled when the best candidate is clearly faster than one still tied with the control', () => {
    const fast = control.map((t) => t * 0.45)
    const tied = control.map((t, i) => t * (i % 2 === 0 ? 1.03 : 0.97))
    const d = decideSpeed({ control: control, fast, tied }, 'control')
    expect(d.winner).toBe('fast')
    expect(settled(d, 'control')).toBe(true)
    // A tied candidate alone never settles: only the round budget ends that.
    expect(settled(decideSpeed({ control: control, tied }, 'control'), 'control')).toBe(false)
  })

  it('names the missing control', () => {
    expect(() => decideSpeed({ a: [1] }, 'control')).toThrow(/control/)
  })
})
