import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { splitList } from '../src/inputs.js'
import { parseSizeBudget } from '../src/report/size-budget.js'
import { parseSettings } from '../src/settings.js'

const project = mkdtempSync(path.join(os.tmpdir(), 'ro-settings-'))
writeFileSync(path.join(project, 'Cargo.toml'), '[package]\nname = "x"\nversion = "0.1.0"\n')

function settingsWith(inputs: Record<string, string>, eventName = 'push') {
  return parseSettings((name) => inputs[name] ?? '', project, eventName)
}

describe('parseSettings', () => {
  it('gives the contract defaults for empty inputs', () => {
    const s = settingsWith({})
    expect(s).toMatchObject({
      workingDirectory: project,
      manifestPath: null,
      preset: 'speed',
      profile: 'release',
      respectUserProfile: true,
      targetCpu: { mode: 'auto' },
      crossLinker: 'auto',
      sccache: true,
      sccacheBackend: 'local',
      saveCache: true,
      saveCacheNote: null,
      baseline: 'auto',
      comment: 'auto',
      sizeBudget: null,
      debugSymbols: false,
      targets: [],
      cargoArgs: []
    })
  })

  it('save-cache: auto saves nothing on pull_request_target; true always saves', () => {
    expect(settingsWith({}, 'pull_request_target')).toMatchObject({
      saveCache: false,
      saveCacheNote: expect.stringContaining('pull_request_target') as unknown
    })
    expect(settingsWith({}, 'pull_request').saveCache).toBe(true)
    expect(settingsWith({ 'save-cache': 'True' }, 'pull_request_target').saveCache).toBe(true)
    expect(settingsWith({ 'save-cache': 'false' })).toMatchObject({
      saveCache: false,
      saveCacheNote: 'save-cache is false'
    })
    expect(() => settingsWith({ 'save-cache': 'sometimes' })).toThrow(
      `Input 'save-cache' has an invalid value "sometimes": expected one of 'auto', 'true', 'false'`
    )
  })

  it('splits lists on whitespace, commas and newlines, and cargo-args like a POSIX shell', () => {
    const s = settingsWith({
      package: 'a, b\nc',
      targets: 'x86_64-unknown-linux-gnu\naarch64-apple-darwin, thumbv8m.main-none-eabi',
      'cargo-args': `--config 'profile.release.debug = "full"' -v`
    })
    expect(s.packages).toEqual(['a', 'b', 'c'])
    expect(s.targets).toEqual([
      'x86_64-unknown-linux-gnu',
      'aarch64-apple-darwin',
      'thumbv8m.main-none-eabi'
    ])
    expect(s.cargoArgs).toEqual(['--config', 'profile.release.debug = "full"', '-v'])
    expect(splitList('  ')).toEqual([])
  })

  it('parses overrides as typed TOML profile keys', () => {
    const s = settingsWith({
      overrides: 'lto = "thin"\nopt-level = "s"\ncodegen-units = 8\npanic = "unwind"'
    })
    expect(s.overrides).toEqual({
      lto: 'thin',
      'opt-level': 's',
      'codegen-units': 8,
      panic: 'unwind'
    })
  })

  it('parses target-cpu forms', () => {
    expect(settingsWith({ 'target-cpu': 'none' }).targetCpu).toEqual({ mode: 'none' })
    expect(settingsWith({ 'target-cpu': 'znver3' }).targetCpu).toEqual({
      mode: 'cpu',
      cpu: 'znver3'
    })
    expect(
      settingsWith({
        'target-cpu': 'x86_64-unknown-linux-gnu=x86-64-v2\naarch64-unknown-linux-gnu = neoverse-v1'
      }).targetCpu
    ).toEqual({
      mode: 'map',
      perTarget: {
        'x86_64-unknown-linux-gnu': 'x86-64-v2',
        'aarch64-unknown-linux-gnu': 'neoverse-v1'
      }
    })
  })

  it.each([
    ['+2%', { unit: 'percent', value: 2 }],
    ['+50KiB', { unit: 'bytes', value: 51200 }],
    ['0', { unit: 'bytes', value: 0 }],
    ['1.5 MB', { unit: 'bytes', value: 1500000 }],
    ['4096', { unit: 'bytes', value: 4096 }]
  ])('parses size-budget %s', (raw, expected) => {
    expect(parseSizeBudget(raw)).toMatchObject(expected)
  })

  // Each bad value: one error naming the input, repeating the value, saying what is accepted.
  it.each([
    [
      { preset: 'fastest' },
      "Input 'preset'",
      '"fastest"',
      "'speed', 'size', 'balanced', 'quick', 'lambda', 'none'"
    ],
    [{ overrides: 'lto = ' }, "Input 'overrides'", '"lto = "', "TOML 'key = value' lines"],
    [{ overrides: 'speed = 3' }, "Input 'overrides'", '"speed = 3"', "unknown profile key 'speed'"],
    [
      { overrides: 'lto = 7' },
      "Input 'overrides'",
      '"lto = 7"',
      `'lto': expected true, false, "fat", "thin" or "off"`
    ],
    [
      { overrides: 'codegen-units = 0' },
      "Input 'overrides'",
      '"codegen-units = 0"',
      'whole number greater than 0'
    ],
    [
      { 'manifest-path': 'nope/Cargo.toml' },
      "Input 'manifest-path'",
      '"nope/Cargo.toml"',
      'existing Cargo.toml'
    ],
    [
      { targets: 'x86_64 linux' },
      "Input 'targets'",
      '"x86_64 linux"',
      "'x86_64' is not a target triple"
    ],
    [
      { targets: 'X86_64-Unknown-Linux-Gnu' },
      "Input 'targets'",
      '"X86_64-Unknown-Linux-Gnu"',
      'is not a target triple'
    ],
    [{ 'size-budget': '2 percent' }, "Input 'size-budget'", '"2 percent"', "'+2%', '+50KiB'"],
    [{ 'size-budget': '-5%' }, "Input 'size-budget'", '"-5%"', 'growth allowance'],
    [{ 'sccache-backend': 's3' }, "Input 'sccache-backend'", '"s3"', "'local', 'gha', 'env'"],
    [
      { 'cargo-args': '--features "a b' },
      "Input 'cargo-args'",
      '"--features \\"a b"',
      'POSIX shell'
    ],
    [
      { 'cargo-args': '--locked --release' },
      "Input 'cargo-args'",
      '"--locked --release"',
      "'--release' is set by the action; the 'profile' input"
    ],
    [
      { 'cargo-args': '--target=aarch64-unknown-linux-gnu' },
      "Input 'cargo-args'",
      '"--target=aarch64-unknown-linux-gnu"',
      "use the 'targets' input"
    ],
    [
      { 'cargo-args': '--manifest-path a/Cargo.toml' },
      "Input 'cargo-args'",
      '"--manifest-path a/Cargo.toml"',
      "use the 'manifest-path' input"
    ],
    [{ sccache: 'yes' }, "Input 'sccache'", '"yes"', "'true' or 'false'"],
    [
      { 'target-cpu': 'x86_64-unknown-linux-gnu=' },
      "Input 'target-cpu'",
      '"x86_64-unknown-linux-gnu="',
      "'triple=cpu'"
    ],
    [{ baseline: 'main' }, "Input 'baseline'", '"main"', "'auto', 'profile', 'none'"],
    [{ comment: 'always' }, "Input 'comment'", '"always"', "'auto', 'true', 'false'"],
    [{ 'cross-linker': 'zig' }, "Input 'cross-linker'", '"zig"', "'auto', 'none'"],
    [
      { toolchain: 'stable; rm -rf /' },
      "Input 'toolchain'",
      '"stable; rm -rf /"',
      'rustup toolchain name'
    ],
    [
      { 'working-directory': 'missing-dir' },
      "Input 'working-directory'",
      '"missing-dir"',
      'existing directory'
    ],
    [{ 'sccache-version': 'latest' }, "Input 'sccache-version'", '"latest"', "'v0.17.0'"]
  ])('rejects %j', (inputs, name, value, accepted) => {
    let message = ''
    try {
      settingsWith(inputs as Record<string, string>)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain(name)
    expect(message).toContain(value)
    expect(message).toContain(accepted)
  })
})
