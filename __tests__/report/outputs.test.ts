// The action's outputs as strings: every output, from the run's results, exactly.
import type { ProfilePlan } from '../../src/cargo/profile.js'
import type { RustflagsPlan } from '../../src/cargo/rustflags.js'
import { buildOutputs, OUTPUT_NAMES } from '../../src/report/outputs.js'
import type { Artifact } from '../../src/report/sizes.js'

const T = 'x86_64-unknown-linux-gnu'

const artifact = (o: Partial<Artifact> = {}): Artifact => ({
  name: 'app',
  kind: 'bin',
  target: T,
  path: `/w/target/${T}/release/app`,
  size: 1000,
  sha256: 'ab'.repeat(32),
  baseline: 1200,
  delta: -200,
  debugSymbols: null,
  ...o
})

const plan: ProfilePlan = {
  env: {},
  cliArgs: [],
  effective: {
    lto: { value: 'fat', source: 'preset', note: 'a note the output leaves out' },
    'opt-level': { value: 3, source: 'default' }
  },
  skipped: [],
  panicAbortApplied: false
}

const rustflags = (triple: string, added: string[]): RustflagsPlan => ({
  triple,
  added,
  cpu: null,
  cpuSkipped: null,
  placement: 'CARGO_ENCODED_RUSTFLAGS',
  env: {},
  userFlags: []
})

const data = {
  artifacts: [
    artifact({
      crates: [{ name: 'app', size: 10, baseline: null, delta: null }],
      cratesNote: 'left out',
      debugWeight: { debugInfo: 1, symbols: 2 }
    }),
    artifact({
      name: 'cli',
      path: '/w/cli',
      debugSymbols: '/w/cli.debug',
      sbom: { path: '/w/cli.cdx.json', crates: 2, sha256: 'cd'.repeat(32) },
      baseline: null,
      delta: null
    })
  ],
  summary: { total: 2000, baselineTotal: 1200, delta: 800, deltaPercent: 66.7 },
  plan,
  rustflags: [rustflags(T, ['-Ctarget-cpu=x86-64-v3']), rustflags('wasm32-unknown-unknown', [])],
  report: '## Report',
  sccacheHitRate: 0.5,
  cacheHit: true
}

test('every output, exactly', () => {
  const out = buildOutputs({
    ...data,
    tune: '{"winner":"lto"}',
    pgoProfile: '{"lto":"fat"}',
    checksums: '/w/target/rust-optimize/SHA256SUMS'
  })
  expect(Object.keys(out).sort()).toEqual([...OUTPUT_NAMES].sort())
  expect(JSON.parse(out.artifacts)).toEqual([
    {
      name: 'app',
      kind: 'bin',
      target: T,
      path: `/w/target/${T}/release/app`,
      size: 1000,
      sha256: 'ab'.repeat(32),
      baseline: 1200,
      delta: -200,
      debugSymbols: null,
      crates: [{ name: 'app', size: 10, baseline: null, delta: null }],
      sbom: null
    },
    {
      name: 'cli',
      kind: 'bin',
      target: T,
      path: '/w/cli',
      size: 1000,
      sha256: 'ab'.repeat(32),
      baseline: null,
      delta: null,
      debugSymbols: '/w/cli.debug',
      crates: null,
      sbom: '/w/cli.cdx.json'
    }
  ])
  expect(out).toMatchObject({
    paths: `/w/target/${T}/release/app\n/w/cli`,
    'total-size': '2000',
    'baseline-size': '1200',
    'size-delta': '800',
    'size-delta-percent': '66.7',
    report: '## Report',
    'sccache-hit-rate': '0.5',
    'cache-hit': 'true',
    tune: '{"winner":"lto"}',
    'pgo-profile': '{"lto":"fat"}',
    checksums: '/w/target/rust-optimize/SHA256SUMS'
  })
  expect(JSON.parse(out.profile)).toEqual({
    'opt-level': { value: 3, source: 'default' },
    lto: { value: 'fat', source: 'preset' }
  })
  expect(JSON.parse(out.rustflags)).toEqual({
    [T]: ['-Ctarget-cpu=x86-64-v3'],
    'wasm32-unknown-unknown': []
  })
})

test('what is unknown is empty', () => {
  const out = buildOutputs({
    ...data,
    artifacts: [],
    summary: { total: 0, baselineTotal: null, delta: null, deltaPercent: null },
    rustflags: [],
    sccacheHitRate: null,
    cacheHit: false,
    pgoProfile: null
  })
  expect(out).toEqual({
    artifacts: '[]',
    paths: '',
    'total-size': '0',
    'baseline-size': '',
    'size-delta': '',
    'size-delta-percent': '',
    report: '## Report',
    profile: '{"opt-level":{"value":3,"source":"default"},"lto":{"value":"fat","source":"preset"}}',
    rustflags: '{}',
    'sccache-hit-rate': '',
    'cache-hit': 'false',
    tune: '',
    'pgo-profile': '',
    checksums: ''
  })
})

test('zero is a number, not unknown', () => {
  const out = buildOutputs({
    ...data,
    summary: { total: 0, baselineTotal: 0, delta: 0, deltaPercent: 0 },
    sccacheHitRate: 0
  })
  expect(out['baseline-size']).toBe('0')
  expect(out['size-delta']).toBe('0')
  expect(out['sccache-hit-rate']).toBe('0')
})
