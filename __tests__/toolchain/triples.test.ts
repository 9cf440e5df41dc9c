import {
  gnuPrefix,
  LINUX_GNU_CROSS,
  runnerOs,
  TRIPLE_PATTERN,
  tripleArch
} from '../../src/toolchain/triples.js'

test('the binutils prefix agrees with the cross-linker table, and drops the vendor elsewhere', () => {
  expect(gnuPrefix('armv7-unknown-linux-gnueabihf')).toBe('arm-linux-gnueabihf')
  expect(gnuPrefix('riscv64gc-unknown-linux-gnu')).toBe('riscv64-linux-gnu')
  expect(gnuPrefix('aarch64-unknown-linux-musl')).toBe('aarch64-linux-musl')
  for (const [triple, cross] of Object.entries(LINUX_GNU_CROSS)) {
    expect(gnuPrefix(triple)).toBe(cross.prefix)
  }
})

test.each([
  ['x86_64-unknown-linux-gnu', 'linux', 'x86_64'],
  ['aarch64-apple-darwin', 'macos', 'aarch64'],
  ['x86_64-pc-windows-msvc', 'windows', 'x86_64'],
  ['x86_64-unknown-freebsd', 'other', 'x86_64'],
  ['wasm32-unknown-unknown', 'other', 'wasm32']
])('%s runs on %s, arch %s', (triple, os, arch) => {
  expect(runnerOs(triple)).toBe(os)
  expect(tripleArch(triple)).toBe(arch)
})

test.each([
  ['x86_64-unknown-linux-gnu', true],
  ['thumbv8m.main-none-eabi', true],
  ['wasm32-wasip1', true],
  ['aarch64-unknown-linux-gnu-extra-part', false],
  ['x86_64', false],
  ['X86_64-unknown-linux-gnu', false],
  ['x86_64-unknown linux', false]
])('%s has the shape of a triple: %s', (text, shaped) => {
  expect(TRIPLE_PATTERN.test(text)).toBe(shaped)
})
