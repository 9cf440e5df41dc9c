// Triple facts, and the one GNU prefix that the cross-linker plan and debug-symbols both use.
import { binutilsObjcopy, symbolFamily } from '../../src/cargo/debug-symbols.js'
import {
  LINUX_GNU_CROSS,
  linkerVar,
  planCrossLinker
} from '../../src/toolchain/cross-linker-plan.js'
import { gnuPrefix, parseTriple, runnerOs } from '../../src/toolchain/triples.js'

test.each([
  ['x86_64-unknown-linux-gnu', 'x86_64', 'unknown', 'linux', 'gnu'],
  ['armv7-unknown-linux-gnueabihf', 'armv7', 'unknown', 'linux', 'gnueabihf'],
  ['aarch64-apple-darwin', 'aarch64', 'apple', 'macos', ''],
  ['aarch64-apple-ios-sim', 'aarch64', 'apple', 'ios', 'sim'],
  ['x86_64-pc-windows-gnullvm', 'x86_64', 'pc', 'windows', 'gnullvm'],
  ['aarch64-linux-android', 'aarch64', 'unknown', 'android', 'android'],
  ['thumbv7em-none-eabihf', 'thumbv7em', 'unknown', 'none', 'eabihf'],
  ['wasm32-unknown-unknown', 'wasm32', 'unknown', 'unknown', ''],
  ['wasm32-wasip1', 'wasm32', 'unknown', 'wasip1', ''],
  ['nvptx64-nvidia-cuda', 'nvptx64', 'nvidia', 'cuda', '']
])('%s', (triple, arch, vendor, os, env) => {
  expect(parseTriple(triple)).toEqual({ arch, vendor, os, env })
})

test('runner OS of host triples', () => {
  expect(
    [
      'x86_64-unknown-linux-gnu',
      'aarch64-apple-darwin',
      'aarch64-pc-windows-msvc',
      'x86_64-unknown-freebsd'
    ].map(runnerOs)
  ).toEqual(['linux', 'macos', 'windows', 'other'])
})

test.each([
  ['aarch64-unknown-linux-gnu', 'aarch64-linux-gnu'],
  ['armv7-unknown-linux-gnueabihf', 'arm-linux-gnueabihf'],
  ['riscv64gc-unknown-linux-gnu', 'riscv64-linux-gnu'],
  ['i686-unknown-linux-gnu', 'i686-linux-gnu'],
  ['aarch64-unknown-linux-musl', 'aarch64-linux-musl'],
  ['x86_64-pc-windows-gnu', 'x86_64-w64-mingw32'],
  ['i686-pc-windows-gnu', 'i686-w64-mingw32'],
  ['aarch64-pc-windows-gnullvm', 'aarch64-w64-mingw32'],
  ['x86_64-apple-darwin', null],
  ['x86_64-pc-windows-msvc', null],
  ['thumbv7em-none-eabihf', null]
])('gnu prefix of %s is %s', (triple, prefix) => {
  expect(gnuPrefix(triple)).toBe(prefix)
})

test('the cross-linker plan and debug-symbols agree on every Debian cross target', () => {
  for (const target of Object.keys(LINUX_GNU_CROSS)) {
    const plan = planCrossLinker({
      target,
      host: target.startsWith('x86_64') ? 'aarch64-unknown-linux-gnu' : 'x86_64-unknown-linux-gnu',
      env: {},
      configs: [],
      cfg: null,
      rustLld: null
    })
    const linker = plan.action === 'setup' ? plan.env[linkerVar(target)] : plan.action
    const prefix = linker.replace(/-gcc$/, '')
    expect({ target, objcopy: binutilsObjcopy(target, 'x86_64-apple-darwin') }).toEqual({
      target,
      objcopy: `${prefix}-objcopy`
    })
  }
})

test('debug-symbols reads the symbol format off the same triple facts', () => {
  expect(
    [
      'aarch64-apple-ios',
      'x86_64-pc-windows-msvc',
      'x86_64-pc-windows-gnu',
      'aarch64-pc-windows-gnullvm',
      'wasm32-wasip1',
      'x86_64-unknown-uefi',
      'nvptx64-nvidia-cuda',
      'specs/my-os.json',
      'riscv64gc-unknown-linux-gnu',
      'thumbv7em-none-eabihf'
    ].map(symbolFamily)
  ).toEqual([
    'macho',
    'msvc',
    'unsupported',
    'unsupported',
    'unsupported',
    'unsupported',
    'unsupported',
    'unsupported',
    'elf',
    'elf'
  ])
})
