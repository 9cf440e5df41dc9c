// The order candidates run in, round by round: shuffled from a seed, so a warm-up or ordering
// effect (the first run of a round on a cold cache, the one after a heavy candidate) favours no
// candidate. Pure: the same seed gives the same orders.

/** A 32-bit PRNG (mulberry32): numbers in [0, 1) from a 32-bit seed. */
export function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A 32-bit FNV-1a hash of a text: a seed from the run's identity. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h >>> 0
}

/** The seed when the run names none: fixed, so a local run repeats its orders. */
export const DEFAULT_SEED = 0x5eed

/** The run's seed: from GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT when set, else DEFAULT_SEED. */
export function runSeed(env: Record<string, string | undefined>): number {
  const id = env.GITHUB_RUN_ID ?? ''
  return id === '' ? DEFAULT_SEED : seedOf(`${id}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`)
}

/** The indexes 0..count-1 in the order of round `round` (1-based): a seeded shuffle. */
export function roundOrder(count: number, round: number, seed: number): number[] {
  const random = prng(seedOf(`${seed >>> 0}:${round}`))
  const order = [...Array(count).keys()]
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  return order
}
