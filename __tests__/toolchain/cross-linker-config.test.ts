// The cross-linker plan, the awkward cases: which of several config files names the linker (the
// later file wins, as cargo merges them), odd config shapes, and targets that need no C toolchain.
import { cfgSet } from '../../src/cargo/cfg-expr.js'
import { configuredLinker, planCrossLinker } from '../../src/toolchain/cross-linker-plan.js'

const T = 'aarch64-unknown-linux-gnu'
const HOST = 'x86_64-unknown-linux-gnu'
const ARM = cfgSet(['target_arch="aarch64"', 'target_os="linux"', 'unix'])

test('of several config files, the later one (deeper, higher precedence) is named', () => {
  const outer = { path: '/home/u/.cargo/config.toml', data: { target: { [T]: { linker: 'a' } } } }
  const inner = { path: '/w/.cargo/config.toml', data: { target: { [T]: { linker: 'b' } } } }
  expect(configuredLinker(T, {}, [outer, inner], null)).toBe(
    `target.${T}.linker in /w/.cargo/config.toml`
  )
  expect(configuredLinker(T, {}, [inner, outer], null)).toBe(
    `target.${T}.linker in /home/u/.cargo/config.toml`
  )
  const cfgInner = {
    path: '/w/.cargo/config.toml',
    data: { target: { 'cfg(unix)': { linker: 'c' } } }
  }
  expect(configuredLinker(T, {}, [outer, cfgInner], ARM)).toBe(
    "target.'cfg(unix)'.linker in /w/.cargo/config.toml"
  )
  // the configs list is not reordered in place
  const list = [outer, inner]
  configuredLinker(T, {}, list, null)
  expect(list).toEqual([outer, inner])
  // the variable beats every file
  expect(
    configuredLinker(T, { CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER: 'x' }, [inner], null)
  ).toBe('environment variable CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER')
})

test.each([
  [{}, null],
  [{ target: 'x' }, null],
  [{ target: null }, null],
  [{ target: { [T]: null } }, null],
  [{ target: { [T]: 'ld' } }, null],
  [{ target: { [T]: {} } }, null],
  [{ target: { 'x86_64-unknown-linux-gnu': { linker: 'l' } } }, null],
  [{ target: { 'cfg(windows)': { linker: 'l' } } }, null],
  [{ target: { 'cfg(unix)': { rustflags: [] } } }, null],
  [{ target: { 'notcfg(unix)': { linker: 'l' } } }, null],
  [{ target: { 'cfg(unix': { linker: 'l' } } }, "target.'cfg(unix'.linker in c"],
  [
    { target: { 'cfg(windows)': { linker: 'l' }, 'cfg(unix)': { linker: 'l' } } },
    "target.'cfg(unix)'.linker in c"
  ]
])('config %j: %p', (data, found) => {
  expect(configuredLinker(T, {}, [{ path: 'c', data }], ARM)).toBe(found)
})

test.each([
  ['my-os.json', 'custom target spec: its linker is yours to configure'],
  ['wasm32-unknown-unknown', 'links with the Rust toolchain (rust-lld); no C toolchain needed'],
  ['wasm64-unknown-unknown', 'links with the Rust toolchain (rust-lld); no C toolchain needed'],
  ['x86_64-unknown-uefi', 'links with the Rust toolchain (rust-lld); no C toolchain needed'],
  ['thumbv7em-none-eabihf', 'links with the Rust toolchain (rust-lld); no C toolchain needed'],
  ['aarch64-unknown-none', 'links with the Rust toolchain (rust-lld); no C toolchain needed'],
  [HOST, 'native target']
])('%s needs nothing: %s', (target, reason) => {
  const plan = planCrossLinker({
    target,
    host: HOST,
    env: {},
    configs: [],
    cfg: null,
    rustLld: null
  })
  expect(plan).toEqual({ target, action: 'none', reason })
})

test.each([
  ['wasm32-unknown-emscripten', HOST],
  ['x86_64-unknown-linux-gnu', 'aarch64-unknown-freebsd'],
  ['awasm32-unknown-unknown', HOST],
  ['x86_64-unknown-uefix', HOST],
  ['x86_64-unknown-nonex', HOST],
  ['aarch64-unknown-linux-gnu', 'x86_64-unknown-linux-musl'],
  ['x86_64-unknown-linux-musl', 'aarch64-apple-darwin'],
  ['x86_64-pc-windows-gnu', 'x86_64-apple-darwin']
])('%s on %s is unsupported', (target, host) => {
  const plan = planCrossLinker({ target, host, env: {}, configs: [], cfg: null, rustLld: '/lld' })
  expect(plan.action).toBe('unsupported')
})

test('what each runner says it serves', () => {
  const message = (target: string, host: string): string => {
    const p = planCrossLinker({ target, host, env: {}, configs: [], cfg: null, rustLld: null })
    return p.action === 'unsupported' ? p.message : p.action
  }
  expect(message('x86_64-unknown-linux-gnu', 'aarch64-apple-darwin')).toContain(
    'it serves: Apple targets (*-apple-*))'
  )
  expect(message('x86_64-unknown-linux-gnu', 'x86_64-unknown-freebsd')).toContain(
    'it serves: none)'
  )
  expect(message('x86_64-unknown-linux-gnu', 'x86_64-pc-windows-msvc')).toContain(
    'it serves: MSVC targets (*-pc-windows-msvc); *-windows-gnu and *-windows-gnullvm with MinGW-w64 on PATH)'
  )
  expect(message('mips-unknown-linux-gnu', HOST)).toContain(
    'it serves: aarch64-unknown-linux-gnu, armv7-unknown-linux-gnueabihf, riscv64gc-unknown-linux-gnu, i686-unknown-linux-gnu, x86_64-unknown-linux-gnu, powerpc64le-unknown-linux-gnu, s390x-unknown-linux-gnu, x86_64-unknown-linux-musl, aarch64-unknown-linux-musl, x86_64-pc-windows-gnu)'
  )
})

test.each([
  ['powerpc64le-unknown-linux-gnu', 'powerpc64le-linux-gnu', 'libc6-dev-ppc64el-cross'],
  ['s390x-unknown-linux-gnu', 's390x-linux-gnu', 'libc6-dev-s390x-cross']
])('%s installs the %s cross toolchain', (target, prefix, libc) => {
  const plan = planCrossLinker({
    target,
    host: HOST,
    env: {},
    configs: [],
    cfg: null,
    rustLld: null
  })
  expect(plan).toMatchObject({
    action: 'setup',
    packages: [`gcc-${prefix}`, `g++-${prefix}`, libc],
    compiler: `${prefix}-gcc`
  })
  if (plan.action === 'setup')
    expect(plan.env[`PKG_CONFIG_LIBDIR_${target.replace(/-/g, '_')}`]).toBe(
      `/usr/lib/${prefix}/pkgconfig:/usr/share/pkgconfig`
    )
})
