import { anyRustflagsSet } from '../../src/cargo/rustflags-config.js'

const config = (data: Record<string, unknown>) => [{ path: '/p/.cargo/config.toml', data }]

test.each([
  ['nothing', [], {}, false],
  [
    'a linker only',
    config({ target: { 'x86_64-unknown-linux-gnu': { linker: 'cc' } } }),
    {},
    false
  ],
  ['build.rustflags', config({ build: { rustflags: [] } }), {}, true],
  [
    'a triple entry',
    config({ target: { 'x86_64-unknown-linux-gnu': { rustflags: '-g' } } }),
    {},
    true
  ],
  ['a cfg entry', config({ target: { 'cfg(unix)': { rustflags: ['-g'] } } }), {}, true],
  ['RUSTFLAGS', [], { RUSTFLAGS: '' }, true],
  ['CARGO_ENCODED_RUSTFLAGS', [], { CARGO_ENCODED_RUSTFLAGS: '-g' }, true],
  ['CARGO_BUILD_RUSTFLAGS', [], { CARGO_BUILD_RUSTFLAGS: '-g' }, true],
  [
    'CARGO_TARGET_<T>_RUSTFLAGS',
    [],
    { CARGO_TARGET_X86_64_UNKNOWN_LINUX_GNU_RUSTFLAGS: '-g' },
    true
  ],
  ['a look-alike variable', [], { MY_RUSTFLAGS: '-g', CARGO_TARGET_DIR: 't' }, false]
])('%s → %s', (_name, configs, env, expected) => {
  expect(anyRustflagsSet(configs, env)).toBe(expected)
})
