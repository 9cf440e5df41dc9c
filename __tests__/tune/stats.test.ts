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

  it('names the missing control', () => {
    expect(() => decideSpeed({ a: [1] }, 'control')).toThrow(/control/)
  })
})
