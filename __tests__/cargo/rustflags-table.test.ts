// Where the action's rustflags go, source by source: which user flags are read, which variable is
// written, and which of the user's flags make the action skip its CPU.
import { planRustflags, setsCpu, type PlanInput } from '../../src/cargo/rustflags.js'

const T = 'aarch64-unknown-linux-gnu'
const TV = 'CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_RUSTFLAGS'
const input = (over: Partial<PlanInput>): PlanInput => ({
  triple: T,
  env: {},
  configSource: 'build',
  configFlags: null,
  cpu: 'neoverse-n1',
  extra: [],
  ...over
})
const CPU = '-C target-cpu=neoverse-n1'

test.each([
  // [env, config source, config flags, placement, user flags, env written]
  [
    { CARGO_ENCODED_RUSTFLAGS: 'a b\x1fc', RUSTFLAGS: '-Dx', CARGO_BUILD_RUSTFLAGS: '-Dy' },
    'target',
    ['-Dz'],
    'CARGO_ENCODED_RUSTFLAGS',
    ['a b', 'c'],
    { CARGO_ENCODED_RUSTFLAGS: 'a b\x1fc\x1f-C\x1ftarget-cpu=neoverse-n1' }
  ],
  [
    { RUSTFLAGS: '  -Dx\t-Dw ', CARGO_BUILD_RUSTFLAGS: '-Dy', [TV]: '-Dt' },
    'target',
    ['-Dz'],
    'RUSTFLAGS',
    ['-Dx', '-Dw'],
    { CARGO_ENCODED_RUSTFLAGS: '-Dx\x1f-Dw\x1f-C\x1ftarget-cpu=neoverse-n1' }
  ],
  [
    { RUSTFLAGS: '' },
    'build',
    null,
    'RUSTFLAGS',
    [],
    { CARGO_ENCODED_RUSTFLAGS: '-C\x1ftarget-cpu=neoverse-n1' }
  ],
  [
    { [TV]: '-Dt  -Du', CARGO_BUILD_RUSTFLAGS: '-Dy' },
    'target',
    null,
    'CARGO_TARGET_RUSTFLAGS',
    ['-Dt', '-Du'],
    { [TV]: `-Dt -Du ${CPU}` }
  ],
  [
    { [TV]: '-Dt' },
    'target',
    ['-Dfile'],
    'CARGO_TARGET_RUSTFLAGS',
    ['-Dfile'],
    { [TV]: `-Dt ${CPU}` }
  ],
  [{}, 'target', null, 'CARGO_TARGET_RUSTFLAGS', [], { [TV]: CPU }],
  [
    { CARGO_BUILD_RUSTFLAGS: ' -Dy ', [TV]: '-Dt' },
    'build',
    null,
    'CARGO_BUILD_RUSTFLAGS',
    ['-Dy'],
    { CARGO_BUILD_RUSTFLAGS: `-Dy ${CPU}` }
  ],
  [
    { CARGO_BUILD_RUSTFLAGS: '-Dy' },
    'build',
    ['-Dfile', '-Dother'],
    'CARGO_BUILD_RUSTFLAGS',
    ['-Dfile', '-Dother'],
    { CARGO_BUILD_RUSTFLAGS: `-Dy ${CPU}` }
  ],
  [{}, 'build', [], 'CARGO_BUILD_RUSTFLAGS', [], { CARGO_BUILD_RUSTFLAGS: CPU }]
] as const)(
  '%j with %s config %j: %s',
  (env, configSource, configFlags, placement, user, written) => {
    const plan = planRustflags(
      input({
        env: { ...env },
        configSource,
        configFlags: configFlags === null ? null : [...configFlags]
      })
    )
    expect(plan).toEqual({
      triple: T,
      added: ['-C', 'target-cpu=neoverse-n1'],
      cpu: 'neoverse-n1',
      cpuSkipped: null,
      placement,
      env: written,
      userFlags: user
    })
  }
)

test("the user's CPU or features, in their flags or the rustflags input, win", () => {
  const skipped = (over: Partial<PlanInput>) => planRustflags(input(over))
  const fromUser = skipped({
    configFlags: ['-Dx', '-C', 'target-cpu=native', '-Ctarget-feature=+a']
  })
  expect([fromUser.cpu, fromUser.cpuSkipped, fromUser.added, fromUser.env]).toEqual([
    null,
    'your rustflags already set target-cpu=native',
    [],
    {}
  ])
  const fromInput = skipped({ extra: ['-C', 'target-feature=+crc'] })
  expect([fromInput.cpu, fromInput.cpuSkipped, fromInput.added]).toEqual([
    null,
    'your rustflags already set target-feature=+crc',
    ['-C', 'target-feature=+crc']
  ])
  expect(fromInput.env).toEqual({ CARGO_BUILD_RUSTFLAGS: '-C target-feature=+crc' })
  // no CPU wanted: nothing is skipped, only the extra flags are added
  const noCpu = skipped({ cpu: null, configFlags: ['-Ctarget-cpu=native'], extra: ['-g'] })
  expect([noCpu.cpuSkipped, noCpu.added]).toEqual([null, ['-g']])
  expect(skipped({ cpu: null }).env).toEqual({})
})

test.each([
  [['-C', 'target-cpu=native'], true],
  [['-Ctarget-cpu=x'], true],
  [['-Ctarget-feature=+avx2'], true],
  [['--codegen=target-feature=-sse'], true],
  [['-C', 'target-cpu'], false],
  [['-C', 'targetcpu=x'], false],
  [['-C', 'target-features=x'], false],
  [['-C', 'opt-level=3'], false],
  [[], false]
])('setsCpu(%j) is %p', (flags, sets) => {
  expect(setsCpu(flags)).toBe(sets)
})
