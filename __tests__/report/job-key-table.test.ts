// The default job key, as data: the job, the runner's OS and architecture (from GitHub's variables,
// or from the host triple outside GitHub), the targets and what is built, in a fixed order.
import { defaultJobKey, jobKey, type JobKeyInput } from '../../src/report/job-key.js'

const T = 'x86_64-unknown-linux-gnu'

describe('defaultJobKey', () => {
  const base: JobKeyInput = {
    env: { GITHUB_JOB: 'build', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' },
    host: T,
    targets: [T],
    preset: 'speed',
    features: [],
    allFeatures: false,
    noDefaultFeatures: false,
    packages: [],
    bins: [],
    toolchain: null
  }

  test('names the job, the runner and what is built', () => {
    expect(defaultJobKey(base)).toBe(`build Linux X64 ${T} preset=speed`)
    expect(
      defaultJobKey({
        ...base,
        features: ['b', 'a'],
        allFeatures: true,
        noDefaultFeatures: true,
        packages: ['app'],
        bins: ['cli'],
        toolchain: 'nightly-2026-01-01'
      })
    ).toBe(
      `build Linux X64 ${T} preset=speed features=a,b all-features no-default-features package=app bin=cli toolchain=nightly-2026-01-01`
    )
  })

  test.each<[string, Partial<JobKeyInput>]>([
    ['job', { env: { ...base.env, GITHUB_JOB: 'release' } }],
    ['runner OS', { env: { ...base.env, RUNNER_OS: 'Windows' } }],
    ['runner arch', { env: { ...base.env, RUNNER_ARCH: 'ARM64' } }],
    ['targets', { targets: [T, 'aarch64-unknown-linux-gnu'] }],
    ['preset', { preset: 'size' }],
    ['features', { features: ['simd'] }],
    ['all-features', { allFeatures: true }],
    ['no-default-features', { noDefaultFeatures: true }],
    ['package', { packages: ['app'] }],
    ['bin', { bins: ['cli'] }],
    ['toolchain', { toolchain: 'beta' }]
  ])('another %s gives another key', (_, change) => {
    expect(defaultJobKey({ ...base, ...change })).not.toBe(defaultJobKey(base))
  })

  test('order does not matter; outside GitHub the host triple names the runner', () => {
    const many = { ...base, targets: ['b-x-y', 'a-x-y'], features: ['f', 'e'] }
    const reordered = { ...base, targets: ['a-x-y', 'b-x-y'], features: ['e', 'f'] }
    expect(defaultJobKey(many)).toBe(defaultJobKey(reordered))
    expect(defaultJobKey({ ...base, env: {}, host: 'aarch64-apple-darwin' })).toBe(
      `job macOS ARM64 ${T} preset=speed`
    )
  })

  test("the user's comment-key wins", () => {
    expect(jobKey('mine', base)).toBe('mine')
    expect(jobKey('', base)).toBe(defaultJobKey(base))
  })
})

describe('defaultJobKey without GitHub variables', () => {
  const bare: JobKeyInput = {
    env: {},
    host: T,
    targets: [],
    preset: 'size',
    features: [],
    allFeatures: false,
    noDefaultFeatures: false,
    packages: [],
    bins: [],
    toolchain: null
  }

  test.each<[string, string]>([
    [T, 'job Linux X64 preset=size'],
    ['x86_64-pc-windows-msvc', 'job Windows X64 preset=size'],
    ['aarch64-apple-darwin', 'job macOS ARM64 preset=size'],
    ['i686-unknown-linux-gnu', 'job Linux X86 preset=size'],
    ['riscv64gc-unknown-linux-gnu', 'job Linux riscv64gc preset=size'],
    ['x86_64-unknown-freebsd', 'job other X64 preset=size']
  ])('host %s', (host, key) => {
    expect(defaultJobKey({ ...bare, host })).toBe(key)
  })

  test('empty variables count as unset', () => {
    const env = { GITHUB_JOB: '', RUNNER_OS: '', RUNNER_ARCH: '' }
    expect(defaultJobKey({ ...bare, env })).toBe('job Linux X64 preset=size')
  })

  test.each<[string, Partial<JobKeyInput>, string]>([
    ['sorted targets', { targets: ['b-x-y', 'a-x-y'] }, 'a-x-y b-x-y preset=size'],
    ['features once each, sorted', { features: ['b', 'a', 'b'] }, 'preset=size features=a,b'],
    ['packages once each, sorted', { packages: ['q', 'p', 'q'] }, 'preset=size package=p,q'],
    ['bins once each, sorted', { bins: ['z', 'y', 'z'] }, 'preset=size bin=y,z'],
    ['all-features', { allFeatures: true }, 'preset=size all-features'],
    ['no-default-features', { noDefaultFeatures: true }, 'preset=size no-default-features'],
    ['an empty toolchain', { toolchain: '' }, 'preset=size'],
    ['a toolchain', { toolchain: 'stable' }, 'preset=size toolchain=stable']
  ])('%s', (_, change, tail) => {
    expect(defaultJobKey({ ...bare, ...change })).toBe(`job Linux X64 ${tail}`)
  })

  test('leaves the targets it sorts alone', () => {
    const targets = ['b-x-y', 'a-x-y']
    defaultJobKey({ ...bare, targets })
    expect(targets).toEqual(['b-x-y', 'a-x-y'])
  })
})
