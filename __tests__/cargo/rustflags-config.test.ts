// The action's own reading of rustflags from config files and variables (configRustflags), and
// hasUnstableTable / anyRustflagsSet edges: pure functions, exact results.
import {
  anyRustflagsSet,
  configRustflags,
  hasUnstableTable,
  type RustflagsConfig
} from '../../src/cargo/rustflags-config.js'

const TRIPLE = 'x86_64-unknown-linux-gnu'
const LINUX = new Set(['unix', 'target_os="linux"', 'target_arch="x86_64"'])

const file = (data: Record<string, unknown>, path = '/p/.cargo/config.toml'): RustflagsConfig => ({
  path,
  data
})
const cli = (data: Record<string, unknown>): RustflagsConfig => file(data, '--config x=1')

const read = (
  configs: RustflagsConfig[],
  env: Record<string, string | undefined> = {},
  cfg: Set<string> | null = LINUX,
  triple = TRIPLE
) => configRustflags({ triple, configs, env, cfg })

describe('configRustflags', () => {
  test('nothing set: build, no flags', () => {
    expect(read([])).toEqual({ source: 'build', flags: [], undecided: [] })
  })

  test('build.rustflags as a string is split on any whitespace', () => {
    expect(read([file({ build: { rustflags: '  -C  opt-level=3\t-g\n' } })])).toEqual({
      source: 'build',
      flags: ['-C', 'opt-level=3', '-g'],
      undecided: []
    })
  })

  test('build.rustflags as an array is kept as is', () => {
    expect(read([file({ build: { rustflags: ['-C', 'a b'] } })]).flags).toEqual(['-C', 'a b'])
  })

  test.each([
    ['an array with a non-string', [1, '-g']],
    ['a number', 5],
    ['a table', { x: '-g' }]
  ])('build.rustflags as %s is ignored', (_name, rustflags) => {
    expect(read([file({ build: { rustflags } }), file({ build: { rustflags: ['-b'] } })])).toEqual({
      source: 'build',
      flags: ['-b'],
      undecided: []
    })
  })

  test('a build that is not a table is ignored', () => {
    expect(read([file({ build: ['-g'] }), file({ build: 'rustflags' })]).flags).toEqual([])
  })

  test('files join lowest first, then CARGO_BUILD_RUSTFLAGS, then --config values', () => {
    const configs = [
      cli({ build: { rustflags: ['-c'] } }),
      file({ build: { rustflags: ['-a'] } }),
      file({ build: { rustflags: '-b' } }, '/p/x/.cargo/config.toml')
    ]
    expect(read(configs, { CARGO_BUILD_RUSTFLAGS: ' -e1  -e2 ' })).toEqual({
      source: 'build',
      flags: ['-a', '-b', '-e1', '-e2', '-c'],
      undecided: []
    })
  })

  test('a file whose path only contains --config is a file', () => {
    const configs = [
      file({ build: { rustflags: ['-z'] } }, '/p/--config/config.toml'),
      file({ build: { rustflags: ['-a'] } })
    ]
    expect(read(configs, { CARGO_BUILD_RUSTFLAGS: '-e' }).flags).toEqual(['-z', '-a', '-e'])
  })

  test('the triple entry wins over build.rustflags', () => {
    const configs = [
      file({ build: { rustflags: ['-b'] }, target: { [TRIPLE]: { rustflags: '-t' } } })
    ]
    expect(read(configs, { CARGO_BUILD_RUSTFLAGS: '-e' })).toEqual({
      source: 'target',
      flags: ['-t'],
      undecided: []
    })
  })

  test('the triple entry joins files, CARGO_TARGET_<T>_RUSTFLAGS, then --config values', () => {
    const configs = [
      cli({ target: { [TRIPLE]: { rustflags: ['-c'] } } }),
      file({ target: { [TRIPLE]: { rustflags: ['-a'] } } })
    ]
    const env = { CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS: '-v  -w' }
    expect(read(configs, env)).toEqual({
      source: 'target',
      flags: ['-a', '-v', '-w', '-c'],
      undecided: []
    })
  })

  test('an empty CARGO_TARGET_<T>_RUSTFLAGS still makes the source target', () => {
    const configs = [file({ build: { rustflags: ['-b'] } })]
    expect(read(configs, { CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS: '' })).toEqual({
      source: 'target',
      flags: [],
      undecided: []
    })
  })

  test('an empty CARGO_BUILD_RUSTFLAGS gives build with no flags', () => {
    expect(read([], { CARGO_BUILD_RUSTFLAGS: '' })).toEqual({
      source: 'build',
      flags: [],
      undecided: []
    })
  })

  test('another triple entry and a triple entry without rustflags are ignored', () => {
    const configs = [
      file({
        build: { rustflags: ['-b'] },
        target: {
          'aarch64-unknown-linux-gnu': { rustflags: ['-o'] },
          [TRIPLE]: { linker: 'cc' }
        }
      })
    ]
    expect(read(configs)).toEqual({ source: 'build', flags: ['-b'], undecided: [] })
  })

  test('a target that is not a table, or a triple entry that is not one, is ignored', () => {
    const configs = [
      file({ build: { rustflags: ['-b'] }, target: ['x'] }),
      file({ target: { [TRIPLE]: '-t' } })
    ]
    expect(read(configs)).toEqual({ source: 'build', flags: ['-b'], undecided: [] })
  })

  test('a target JSON path is named by its file stem', () => {
    const configs = [
      file({
        target: { 'my-target': { rustflags: ['-f'] }, '/t/my-target.json': { rustflags: ['-x'] } }
      })
    ]
    const env = { CARGO_TARGET_MY_TARGET_RUSTFLAGS: '-v' }
    expect(read(configs, env, LINUX, '/t/dir.d/my-target.json')).toEqual({
      source: 'target',
      flags: ['-f', '-v'],
      undecided: []
    })
    expect(read(configs, {}, LINUX, 'C:\\t\\my-target.json').flags).toEqual(['-f'])
    expect(read(configs, {}, LINUX, 'my-target.json').flags).toEqual(['-f'])
  })

  test('matching cfg entries follow the triple entry, in sorted key order', () => {
    const configs = [
      file({
        target: {
          'cfg(unix)': { rustflags: ['-u'] },
          'cfg(windows)': { rustflags: ['-w'] },
          'cfg(target_os = "linux")': { rustflags: ['-l'] },
          [TRIPLE]: { rustflags: ['-t'] }
        }
      })
    ]
    expect(read(configs)).toEqual({ source: 'target', flags: ['-t', '-l', '-u'], undecided: [] })
  })

  test('a matching cfg entry alone wins over build.rustflags', () => {
    const configs = [
      file({ build: { rustflags: ['-b'] }, target: { 'cfg(unix)': { rustflags: '-u' } } })
    ]
    expect(read(configs)).toEqual({ source: 'target', flags: ['-u'], undecided: [] })
  })

  test('only non-matching cfg entries leave build', () => {
    const configs = [
      file({ build: { rustflags: ['-b'] }, target: { 'cfg(windows)': { rustflags: '-w' } } })
    ]
    expect(read(configs)).toEqual({ source: 'build', flags: ['-b'], undecided: [] })
  })

  test('one cfg key in several files is joined once, --config last', () => {
    const configs = [
      cli({ target: { 'cfg(unix)': { rustflags: ['-c'] } } }),
      file({ target: { 'cfg(unix)': { rustflags: ['-a'] } } }),
      file({ target: { 'cfg(unix)': { rustflags: ['-b'] } } }, '/p/x/.cargo/config.toml')
    ]
    expect(read(configs).flags).toEqual(['-a', '-b', '-c'])
  })

  test('a cfg key is not read from CARGO_TARGET_<T>_RUSTFLAGS-like variables', () => {
    const configs = [file({ target: { 'cfg(unix)': { rustflags: ['-u'] } } })]
    expect(read(configs, { CARGO_BUILD_RUSTFLAGS: '-e' }).flags).toEqual(['-u'])
  })

  test('an unknown cfg set leaves cfg entries with rustflags undecided', () => {
    const configs = [
      file({
        build: { rustflags: ['-b'] },
        target: {
          'cfg(windows)': { rustflags: ['-w'] },
          'cfg(unix)': { rustflags: ['-u'] },
          'cfg(any())': { linker: 'cc' }
        }
      })
    ]
    expect(read(configs, {}, null)).toEqual({
      source: 'build',
      flags: ['-b'],
      undecided: ["target.'cfg(unix)'", "target.'cfg(windows)'"]
    })
  })

  test('an unknown cfg set keeps the triple entry', () => {
    const configs = [
      file({ target: { [TRIPLE]: { rustflags: ['-t'] }, 'cfg(unix)': { rustflags: ['-u'] } } })
    ]
    expect(read(configs, {}, null)).toEqual({
      source: 'target',
      flags: ['-t'],
      undecided: ["target.'cfg(unix)'"]
    })
  })

  test('a malformed cfg key matches nothing and does not throw', () => {
    const configs = [
      file({
        build: { rustflags: ['-b'] },
        target: { 'cfg(unix': { rustflags: ['-x'] } }
      })
    ]
    expect(read(configs)).toEqual({ source: 'build', flags: ['-b'], undecided: [] })
  })

  test('keys that do not start with cfg( are not cfg entries', () => {
    const configs = [
      file({ build: { rustflags: ['-b'] }, target: { ' cfg(unix)': { rustflags: ['-x'] } } })
    ]
    expect(read(configs)).toEqual({ source: 'build', flags: ['-b'], undecided: [] })
  })
})

describe('hasUnstableTable', () => {
  test.each([
    ['no configs', [], false],
    ['no unstable key', [file({ build: {} })], false],
    ['an unstable table', [file({ build: {} }), file({ unstable: {} })], true],
    ['an unstable array', [file({ unstable: ['x'] })], false],
    ['an unstable null', [file({ unstable: null })], false],
    ['an unstable string', [file({ unstable: 'x' })], false]
  ])('%s', (_name, configs, expected) => {
    expect(hasUnstableTable(configs)).toBe(expected)
  })
})

describe('anyRustflagsSet edges', () => {
  test.each([
    ['build that is not a table', [file({ build: ['rustflags'] })], {}, false],
    ['a target that is not a table', [file({ target: ['rustflags'] })], {}, false],
    [
      'a target entry that is not a table',
      [file({ target: { [TRIPLE]: 'rustflags' } })],
      {},
      false
    ],
    ['the second file sets it', [file({}), file({ build: { rustflags: '' } })], {}, true],
    ['a config and a variable', [file({ build: { rustflags: '' } })], { RUSTFLAGS: '' }, true],
    ['a long triple variable', [], { CARGO_TARGET_AARCH64_APPLE_DARWIN_RUSTFLAGS: '' }, true],
    ['a prefixed RUSTFLAGS', [], { XRUSTFLAGS: '' }, false],
    ['a suffixed RUSTFLAGS', [], { RUSTFLAGS_OLD: '' }, false],
    ['a suffixed CARGO_BUILD_RUSTFLAGS', [], { CARGO_BUILD_RUSTFLAGS2: '' }, false],
    ['a prefixed CARGO_ENCODED_RUSTFLAGS', [], { XCARGO_ENCODED_RUSTFLAGS: '' }, false],
    ['a prefixed target variable', [], { MY_CARGO_TARGET_X_RUSTFLAGS: '' }, false],
    ['a suffixed target variable', [], { CARGO_TARGET_X_RUSTFLAGS_OLD: '' }, false],
    ['a target variable without a triple', [], { CARGO_TARGET__RUSTFLAGS: '' }, false]
  ])('%s', (_name, configs, env, expected) => {
    expect(anyRustflagsSet(configs, env)).toBe(expected)
  })
})
