// Every input into Settings, value by value: non-defaults, accepted spellings, and duplicates.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bool, InputError, oneOf, splitList, words } from '../src/inputs.js'
import { parseTargetCpu } from '../src/cargo/target-cpu.js'
import { parseSizeBudget } from '../src/report/size-budget.js'
import { parseAuditable } from '../src/supply/inputs.js'
import { INPUT_DEFAULTS, parseOverrides, parseSettings, parseTargets } from '../src/settings.js'

const project = mkdtempSync(path.join(os.tmpdir(), 'ro-settings-table-'))
writeFileSync(path.join(project, 'Cargo.toml'), '[package]\nname = "x"\nversion = "0.1.0"\n')
mkdirSync(path.join(project, 'member', 'src'), { recursive: true })
writeFileSync(path.join(project, 'member', 'Cargo.toml'), '[package]\nname = "m"\n')
writeFileSync(path.join(project, 'my-os.json'), '{}')

const settingsWith = (inputs: Record<string, string>) =>
  parseSettings((name) => inputs[name] ?? '', project)

const message = (f: () => unknown): string => {
  try {
    f()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).name).toBe('InputError')
    return (error as Error).message
  }
  throw new Error('no error')
}

test('every input set to a non-default value reaches its field', () => {
  const s = settingsWith({
    'working-directory': 'member',
    'manifest-path': 'Cargo.toml',
    package: 'p1 p2',
    bin: 'b1,b2',
    features: 'f1\nf2',
    'all-features': 'true',
    'no-default-features': 'TRUE',
    locked: 'True',
    'cargo-args': '-v --timings',
    toolchain: ' nightly-2026-01-01 ',
    targets: 'aarch64-apple-darwin',
    preset: ' size ',
    profile: ' dist ',
    overrides: 'lto = false',
    'respect-user-profile': 'false',
    'target-cpu': 'native',
    rustflags: '-C debuginfo=1',
    'cross-linker': 'none',
    sccache: 'FALSE',
    'sccache-backend': 'env',
    'sccache-version': '0.8.2',
    'cache-key': ' v2 ',
    'save-cache': 'False',
    baseline: 'none',
    comment: 'true',
    'comment-key': ' mine ',
    'github-token': ' ghs_x ',
    'size-budget': '+1%',
    'debug-symbols': 'true',
    'warm-cache': 'FALSE',
    sbom: 'True'
  })
  expect(s).toEqual({
    workingDirectory: path.join(project, 'member'),
    manifestPath: path.join(project, 'member', 'Cargo.toml'),
    packages: ['p1', 'p2'],
    bins: ['b1', 'b2'],
    features: ['f1', 'f2'],
    allFeatures: true,
    noDefaultFeatures: true,
    locked: true,
    cargoArgs: ['-v', '--timings'],
    toolchain: 'nightly-2026-01-01',
    targets: ['aarch64-apple-darwin'],
    preset: 'size',
    profile: 'dist',
    overrides: { lto: false },
    respectUserProfile: false,
    targetCpu: { mode: 'cpu', cpu: 'native' },
    rustflags: ['-C', 'debuginfo=1'],
    crossLinker: 'none',
    sccache: false,
    sccacheBackend: 'env',
    sccacheVersion: 'v0.8.2',
    cacheKey: 'v2',
    saveCache: false,
    saveCacheNote: 'save-cache is false',
    baseline: 'none',
    comment: 'true',
    commentKey: 'mine',
    githubToken: 'ghs_x',
    sizeBudget: { unit: 'percent', value: 1, raw: '+1%' },
    debugSymbols: true,
    pgo: null,
    benchmark: [],
    sizeBreakdown: true,
    tune: { mode: 'none', minGain: 0.01 },
    warmCache: 'false',
    sbom: true,
    auditable: false
  })
})

test('auditable: true for ELF targets, and one error naming every other target or host', () => {
  const linux = ['x86_64-unknown-linux-gnu', 'aarch64-linux-android', 'x86_64-unknown-freebsd']
  expect(settingsWith({ auditable: 'TRUE', targets: linux.join(' ') }).auditable).toBe(true)
  expect(settingsWith({ auditable: 'false', targets: 'aarch64-apple-darwin' }).auditable).toBe(
    false
  )
  expect(parseAuditable('true', [], 'linux')).toBe(true)
  expect(parseAuditable('true', [], 'freebsd')).toBe(true)
  const others = 'aarch64-apple-darwin x86_64-unknown-linux-musl x86_64-pc-windows-msvc'
  expect(message(() => settingsWith({ auditable: 'true', targets: others }))).toBe(
    `Input 'auditable' has an invalid value "true": the .dep-v0 section goes into ELF files only (Linux, Android, the BSDs, illumos), and aarch64-apple-darwin, x86_64-pc-windows-msvc build another format; leave auditable off for them, or use cargo-auditable`
  )
  expect(message(() => parseAuditable('true', ['wasm32-unknown-unknown'], 'linux'))).toBe(
    `Input 'auditable' has an invalid value "true": the .dep-v0 section goes into ELF files only (Linux, Android, the BSDs, illumos), and wasm32-unknown-unknown builds another format; leave auditable off for it, or use cargo-auditable`
  )
  for (const [platform, host] of [
    ['darwin', 'macOS'],
    ['win32', 'Windows']
  ])
    expect(message(() => parseAuditable('true', [], platform))).toContain(
      `and the ${host} host (no targets given) builds another format; leave auditable off for it`
    )
  expect(parseAuditable('false', [], 'win32')).toBe(false)
  expect(message(() => parseAuditable('yes', [], 'linux'))).toBe(
    `Input 'auditable' has an invalid value "yes": expected 'true' or 'false'`
  )
})

test('the defaults are the contract defaults', () => {
  const s = settingsWith({})
  expect(s).toMatchObject({
    packages: [],
    bins: [],
    features: [],
    allFeatures: false,
    noDefaultFeatures: false,
    locked: false,
    toolchain: null,
    overrides: {},
    rustflags: [],
    sccacheVersion: INPUT_DEFAULTS['sccache-version'],
    cacheKey: '',
    commentKey: '',
    githubToken: ''
  })
  expect(INPUT_DEFAULTS['sccache-version']).toBe('v0.17.0')
  expect(settingsWith({ 'sccache-version': 'v0.9.0-rc.1' }).sccacheVersion).toBe('v0.9.0-rc.1')
})

test('targets: duplicates once, in first-seen order; a target spec file that exists is taken', () => {
  expect(
    parseTargets('b-unknown-linux-gnu a-apple-darwin,b-unknown-linux-gnu\na-apple-darwin', project)
  ).toEqual(['b-unknown-linux-gnu', 'a-apple-darwin'])
  expect(parseTargets('my-os.json', project)).toEqual(['my-os.json'])
  expect(message(() => parseTargets('specs/x.json', project))).toBe(
    `Input 'targets' has an invalid value "specs/x.json": 'specs/x.json' is not a target triple; expected triples such as 'x86_64-unknown-linux-gnu' or 'aarch64-apple-darwin', separated by whitespace, commas or newlines`
  )
  expect(parseTargets('', project)).toEqual([])
})

test('manifest-path is found from working-directory; without it cargo finds one above', () => {
  expect(settingsWith({ 'manifest-path': 'member/Cargo.toml' }).manifestPath).toBe(
    path.join(project, 'member', 'Cargo.toml')
  )
  expect(settingsWith({ 'working-directory': 'member/src' }).manifestPath).toBeNull()
  const empty = mkdtempSync(path.join(os.tmpdir(), 'ro-no-cargo-'))
  expect(message(() => parseSettings(() => '', empty))).toBe(
    `Input 'working-directory' has an invalid value ${JSON.stringify(empty)}: expected a directory of a Cargo project: no Cargo.toml there or above it (set manifest-path to point at one)`
  )
  expect(message(() => settingsWith({ 'manifest-path': 'member' }))).toContain(
    `expected the path of an existing Cargo.toml relative to working-directory (looked for ${path.join(project, 'member')})`
  )
  expect(message(() => settingsWith({ 'working-directory': 'Cargo.toml' }))).toContain(
    `expected an existing directory (looked for ${path.join(project, 'Cargo.toml')})`
  )
})

test('booleans, choices and words', () => {
  for (const t of ['true', 'True', 'TRUE', ' true ']) expect(bool('x', t)).toBe(true)
  for (const f of ['false', 'False', 'FALSE']) expect(bool('x', f)).toBe(false)
  expect(message(() => bool('locked', 'tRue'))).toBe(
    `Input 'locked' has an invalid value "tRue": expected 'true' or 'false'`
  )
  expect(message(() => bool('locked', ''))).toContain("expected 'true' or 'false'")
  expect(oneOf('mode', ' b ', ['a', 'b'])).toBe('b')
  expect(message(() => oneOf('mode', 'c', ['a', 'b']))).toBe(
    `Input 'mode' has an invalid value "c": expected one of 'a', 'b'`
  )
  expect(words('rustflags', `-C 'a b' "c"`)).toEqual(['-C', 'a b', 'c'])
  expect(message(() => words('rustflags', "'open"))).toMatch(
    /^Input 'rustflags' has an invalid value "'open": expected arguments split as a POSIX shell splits words \(.+\)$/
  )
  expect(splitList(' a,,b\n\tc ')).toEqual(['a', 'b', 'c'])
})

test.each([
  ['--release', "the 'profile' input selects the profile ('release' by default)"],
  ['-r', "the 'profile' input selects the profile ('release' by default)"],
  ['--profile=dev', "use the 'profile' input"],
  ['--profile', "use the 'profile' input"],
  ['--target', "use the 'targets' input"],
  ['--manifest-path=x', "use the 'manifest-path' input"]
])('cargo-args %s is refused', (arg, why) => {
  expect(message(() => settingsWith({ 'cargo-args': `-v ${arg}` }))).toBe(
    `Input 'cargo-args' has an invalid value "-v ${arg}": '${arg}' is set by the action; ${why}. cargo-args takes other 'cargo build' arguments`
  )
})

test.each(['--releases', '--profiles', '--targets-file', '--target-dir', '-rv', 'x--release'])(
  'cargo-args %s passes',
  (arg) => {
    expect(settingsWith({ 'cargo-args': arg }).cargoArgs).toEqual([arg])
  }
)

test('other single-value inputs', () => {
  expect(message(() => settingsWith({ profile: 'my profile' }))).toBe(
    `Input 'profile' has an invalid value "my profile": expected a cargo profile name such as 'release' or 'dist'`
  )
  expect(message(() => settingsWith({ toolchain: '-x' }))).toBe(
    `Input 'toolchain' has an invalid value "-x": expected a rustup toolchain name such as 'stable', '1.85' or 'nightly-2026-01-01'`
  )
  expect(settingsWith({ toolchain: '1.85.0+x' }).toolchain).toBe('1.85.0+x')
  expect(message(() => settingsWith({ 'sccache-version': '0.8' }))).toBe(
    `Input 'sccache-version' has an invalid value "0.8": expected a release version such as 'v0.17.0'`
  )
  expect(message(() => settingsWith({ 'sccache-version': 'v0.8.1x' }))).toContain('0.8.1x')
})

test('overrides: empty is none; each key is checked', () => {
  expect(parseOverrides('  \n')).toEqual({})
  expect(parseOverrides('debug = 0')).toEqual({ debug: 0 })
  expect(message(() => parseOverrides('debug = 0\nstrip = "all"'))).toBe(
    `Input 'overrides' has an invalid value "debug = 0\\nstrip = \\"all\\"": 'strip': expected true, false, "none", "debuginfo" or "symbols"`
  )
  expect(message(() => parseOverrides('debug = "0"'))).toContain("'debug': expected true, false, 0")
  expect(message(() => parseOverrides('[x'))).toMatch(
    /^Input 'overrides' .*expected TOML 'key = value' lines \([^\n]+\)$/
  )
  expect(message(() => parseOverrides('inherits = "release"'))).toContain(
    "unknown profile key 'inherits'; expected opt-level, lto, codegen-units, panic, strip, debug, split-debuginfo, debug-assertions, overflow-checks, incremental or rpath"
  )
})

test.each([
  ['', { mode: 'auto' }],
  [' auto ', { mode: 'auto' }],
  ['none', { mode: 'none' }],
  ['x86-64-v3', { mode: 'cpu', cpu: 'x86-64-v3' }],
  ['a-b-c=cpu1, d-e-f = cpu2\n', { mode: 'map', perTarget: { 'a-b-c': 'cpu1', 'd-e-f': 'cpu2' } }],
  ['a-b-c=none', { mode: 'map', perTarget: { 'a-b-c': 'none' } }]
])('target-cpu %p', (raw, parsed) => {
  expect(parseTargetCpu(raw)).toEqual(parsed)
})

test.each(['x86 64', 'a=b=c', 'Not-A-Triple=cpu', 'a-b-c=cpu 1', 'cpu$'])(
  'target-cpu %p is refused',
  (raw) => {
    expect(message(() => parseTargetCpu(raw))).toContain(
      "expected 'auto', 'none', one CPU name (such as 'x86-64-v3'), or lines 'triple=cpu'"
    )
  }
)

test.each([
  ['', null],
  ['+0', { unit: 'bytes', value: 0, raw: '+0' }],
  ['+ 3%', { unit: 'percent', value: 3, raw: '+ 3%' }],
  ['0.5%', { unit: 'percent', value: 0.5, raw: '0.5%' }],
  ['10b', { unit: 'bytes', value: 10, raw: '10b' }],
  ['2KiB', { unit: 'bytes', value: 2048, raw: '2KiB' }],
  ['1.5kib', { unit: 'bytes', value: 1536, raw: '1.5kib' }],
  ['1MiB', { unit: 'bytes', value: 1048576, raw: '1MiB' }],
  ['1GiB', { unit: 'bytes', value: 1073741824, raw: '1GiB' }],
  ['3KB', { unit: 'bytes', value: 3000, raw: '3KB' }],
  ['2mb', { unit: 'bytes', value: 2000000, raw: '2mb' }],
  ['1GB', { unit: 'bytes', value: 1000000000, raw: '1GB' }],
  ['0.3333b', { unit: 'bytes', value: 0, raw: '0.3333b' }],
  [' 7 ', { unit: 'bytes', value: 7, raw: '7' }]
])('size-budget %p', (raw, parsed) => {
  expect(parseSizeBudget(raw)).toEqual(parsed)
})

test.each(['1TB', '%', '1.%', '++1', '1 % x', 'KiB', '1e3'])('size-budget %p is refused', (raw) => {
  expect(message(() => parseSizeBudget(raw))).toBe(
    `Input 'size-budget' has an invalid value ${JSON.stringify(raw)}: expected a growth allowance such as '+2%', '+50KiB', '+1MB', '4096' or '0' (units: %, B, KiB, MiB, GiB, KB, MB, GB)`
  )
})

test('target-cpu errors name the input; blank entries between pairs are skipped', () => {
  expect(message(() => parseTargetCpu('x y'))).toBe(
    `Input 'target-cpu' has an invalid value "x y": expected 'auto', 'none', one CPU name (such as 'x86-64-v3'), or lines 'triple=cpu'`
  )
  expect(parseTargetCpu('a-b-c=x,,\n\n d-e-f=y')).toEqual({
    mode: 'map',
    perTarget: { 'a-b-c': 'x', 'd-e-f': 'y' }
  })
  expect(message(() => parseTargetCpu('a-b-c=x, y a-b-c=z'))).toContain(
    "line 'y a-b-c=z' is not 'triple=cpu'"
  )
})

test('save-cache accepts booleans in any case, nothing around them', () => {
  expect(settingsWith({ 'save-cache': ' TRUE ' }).saveCache).toBe(true)
  expect(message(() => settingsWith({ 'save-cache': 'x true' }))).toContain(`"x true"`)
  expect(message(() => settingsWith({ 'save-cache': 'true x' }))).toContain(`"true x"`)
  expect(message(() => settingsWith({ 'save-cache': 'xtrue' }))).toContain(`"xtrue"`)
})
