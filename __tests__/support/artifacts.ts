import type { Artifact } from '../../src/report/sizes.js'

/** The host triple the report tests use for their artifacts. */
export const HOST_TRIPLE = 'x86_64-unknown-linux-gnu'

/** A measured binary for report tests: no baseline, no debug symbols, unless `over` says so. */
export function artifact(name: string, size: number, over: Partial<Artifact> = {}): Artifact {
  return {
    name,
    kind: 'bin',
    target: HOST_TRIPLE,
    path: `/t/${name}`,
    size,
    sha256: 'ab'.repeat(32),
    baseline: null,
    delta: null,
    debugSymbols: null,
    ...over
  }
}
