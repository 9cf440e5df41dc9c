import { DEFAULT_SEED, prng, roundOrder, runSeed, seedOf } from '../../src/tune/order.js'

describe('roundOrder', () => {
  it('is a permutation, the same for the same seed and round', () => {
    for (let round = 1; round <= 20; round++) {
      const order = roundOrder(5, round, 7)
      expect([...order].sort()).toEqual([0, 1, 2, 3, 4])
      expect(roundOrder(5, round, 7)).toEqual(order)
    }
  })

  it('puts every candidate first about equally often over many rounds', () => {
    const first = [0, 0, 0, 0, 0]
    for (let round = 1; round <= 5000; round++) first[roundOrder(5, round, 1)[0]]++
    for (const count of first) expect(Math.abs(count - 1000)).toBeLessThan(120)
  })

  it('seeds from the run id and attempt, else a fixed default', () => {
    expect(runSeed({})).toBe(DEFAULT_SEED)
    expect(runSeed({ GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' })).toBe(seedOf('42-2'))
    expect(runSeed({ GITHUB_RUN_ID: '42' })).toBe(seedOf('42-1'))
    expect(seedOf('42-1')).not.toBe(seedOf('42-2'))
  })
})

describe('the generators are the published ones', () => {
  it('mulberry32 and 32-bit FNV-1a give their reference values', () => {
    const random = prng(1)
    expect([random(), random(), random()]).toEqual([
      0.6270739405881613, 0.002735721180215478, 0.5274470399599522
    ])
    expect([seedOf(''), seedOf('a'), seedOf('foobar')]).toEqual([
      0x811c9dc5, 0xe40c292c, 0xbf9cf968
    ])
  })
})
