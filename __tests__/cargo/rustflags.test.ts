import { planRustflags, setsCpu, wantedCpu } from '../../src/cargo/rustflags.js'
import { targetEnvName } from '../../src/toolchain/triples.js'
import { configArgs, flagsFromCargoLog } from '../../src/cargo/rustflags-probe.js'

const T = 'x86_64-unknown-linux-gnu'
const base = {
  triple: T,
  configSource: 'build' as const,
  configFlags: null,
  cpu: 'x86-64-v3',
  extra: []
}

describe('planRustflags', () => {
  it('appends to CARGO_BUILD_RUSTFLAGS when build.rustflags is the active source, keeping env flags', () => {
    const plan = planRustflags({
      ...base,
      env: { CARGO_BUILD_RUSTFLAGS: '--cfg mine' },
      configFlags: ['--cfg', 'mine']
    })
    expect(plan.env).toEqual({ CARGO_BUILD_RUSTFLAGS: '--cfg mine -C target-cpu=x86-64-v3' })
    expect(plan.added).toEqual(['-C', 'target-cpu=x86-64-v3'])
    expect(plan.placement).toBe('CARGO_BUILD_RUSTFLAGS')
  })

  it('appends to CARGO_TARGET_<T>_RUSTFLAGS when a target.* entry is active', () => {
    const plan = planRustflags({ ...base, env: {}, configSource: 'target' })
    expect(plan.env).toEqual({
      CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS: '-C target-cpu=x86-64-v3'
    })
  })

  it('extends RUSTFLAGS through CARGO_ENCODED_RUSTFLAGS, keeping every user flag', () => {
    const plan = planRustflags({
      ...base,
      env: { RUSTFLAGS: ' --cfg a  -Dwarnings ' },
      extra: ['--cfg', 'x="a b"']
    })
    expect(plan.env).toEqual({
      CARGO_ENCODED_RUSTFLAGS: [
        '--cfg',
        'a',
        '-Dwarnings',
        '-C',
        'target-cpu=x86-64-v3',
        '--cfg',
        'x="a b"'
      ].join('\x1f')
    })
  })

  it('appends to CARGO_ENCODED_RUSTFLAGS when set, even when empty, and never writes an empty value', () => {
    expect(planRustflags({ ...base, env: { CARGO_ENCODED_RUSTFLAGS: '--cfg\x1fe' } }).env).toEqual({
      CARGO_ENCODED_RUSTFLAGS: '--cfg\x1fe\x1f-C\x1ftarget-cpu=x86-64-v3'
    })
    expect(planRustflags({ ...base, env: { CARGO_ENCODED_RUSTFLAGS: '' } }).env).toEqual({
      CARGO_ENCODED_RUSTFLAGS: '-C\x1ftarget-cpu=x86-64-v3'
    })
    expect(planRustflags({ ...base, cpu: null, env: { RUSTFLAGS: '' } }).env).toEqual({})
  })

  it("keeps the user's own target-cpu or target-feature", () => {
    const plan = planRustflags({
      ...base,
      env: { RUSTFLAGS: '-Ctarget-feature=+avx2' },
      extra: ['--cfg', 'x']
    })
    expect(plan.cpu).toBeNull()
    expect(plan.cpuSkipped).toContain('-Ctarget-feature=+avx2')
    expect(plan.added).toEqual(['--cfg', 'x'])
    expect(setsCpu(['-C', 'target-cpu=native'])).toBe(true)
    expect(setsCpu(['--cfg', 'target_cpu'])).toBe(false)
  })
})

describe('wantedCpu', () => {
  it.each([
    ['speed', 'x86_64-unknown-linux-gnu', 'x86-64-v3'],
    ['lambda', 'x86_64-unknown-linux-gnu', 'haswell'],
    ['lambda', 'aarch64-unknown-linux-gnu', 'neoverse-n1'],
    ['balanced', 'aarch64-apple-darwin', 'apple-m1'],
    ['size', 'x86_64-unknown-linux-gnu', null],
    ['none', 'x86_64-pc-windows-msvc', null],
    ['speed', 'armv7-unknown-linux-gnueabihf', null],
    ['quick', 'x86_64-pc-windows-msvc', 'x86-64-v3']
  ] as const)('auto for %s on %s is %s', (preset, triple, cpu) => {
    expect(wantedCpu({ mode: 'auto' }, preset, triple)).toBe(cpu)
  })

  it('uses one CPU for all, or a per-target map with auto for the rest', () => {
    expect(wantedCpu({ mode: 'cpu', cpu: 'znver3' }, 'size', T)).toBe('znver3')
    const map = { mode: 'map' as const, perTarget: { [T]: 'x86-64-v2' } }
    expect(wantedCpu(map, 'speed', T)).toBe('x86-64-v2')
    expect(wantedCpu(map, 'speed', 'aarch64-unknown-linux-gnu')).toBe('neoverse-n1')
    expect(wantedCpu({ mode: 'none' }, 'speed', T)).toBeNull()
  })

  it('takes none and auto in the per-target map as words, not CPU names', () => {
    const map = {
      mode: 'map' as const,
      perTarget: { [T]: 'none', 'aarch64-unknown-linux-gnu': 'auto' }
    }
    expect(wantedCpu(map, 'speed', T)).toBeNull()
    expect(wantedCpu(map, 'speed', 'aarch64-unknown-linux-gnu')).toBe('neoverse-n1')
  })
})

describe('names and probes', () => {
  it('builds CARGO_TARGET_ names for odd triples', () => {
    expect(targetEnvName('thumbv8m.main-none-eabi', 'LINKER')).toBe(
      'CARGO_TARGET_THUMBV8M_MAIN_NONE_EABI_LINKER'
    )
    // A target spec file: cargo reads target.<file stem> (checked with -Zjson-target-spec).
    expect(targetEnvName('specs/my-os.json', 'RUSTFLAGS')).toBe('CARGO_TARGET_MY_OS_RUSTFLAGS')
  })

  it("reads the user's flags from cargo's probe log, without the marker", () => {
    const log = [
      '   0.01s DEBUG new: cargo::util::rustc: running `rustc - --crate-name ___ --print=file-names --cfg from_build --cfg __rust_optimize_probe --target x86_64-unknown-linux-gnu --crate-type bin`',
      "   0.04s DEBUG new: cargo::util::rustc: running `rustc - --crate-name ___ --print=file-names --cfg from_cfg_unix -C 'link-arg=-Wl,a b' --target x86_64-unknown-linux-gnu --crate-type bin`"
    ].join('\n')
    expect(flagsFromCargoLog(log)).toEqual(['--cfg', 'from_cfg_unix', '-C', 'link-arg=-Wl,a b'])
    expect(flagsFromCargoLog('nothing here')).toBeNull()
  })

  it('passes --config arguments of cargo-args to the probe', () => {
    expect(configArgs(['-v', '--config', 'a=1', '--config=b=2', '--locked'])).toEqual([
      '--config',
      'a=1',
      '--config=b=2'
    ])
  })
})
