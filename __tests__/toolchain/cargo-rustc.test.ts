// The rustc cargo runs, which the sccache probe hands to sccache before the build.
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cargoRustc, sysrootRustc } from '../../src/toolchain/cargo-rustc.js'

const OWN = '/home/u/.rustup/toolchains/stable/bin/rustc'
const rustc = (o: Partial<Parameters<typeof cargoRustc>[0]>): string =>
  cargoRustc({ env: {}, configs: [], rustup: true, own: OWN, ...o })

test("through rustup's proxy, cargo runs the toolchain's own rustc", () => {
  expect(rustc({})).toBe(OWN)
})

test.each([
  ['RUSTC', { env: { RUSTC: '/opt/my-rustc' } }, '/opt/my-rustc'],
  ['CARGO_BUILD_RUSTC', { env: { CARGO_BUILD_RUSTC: 'my-rustc' } }, 'my-rustc'],
  ['RUSTC before CARGO_BUILD_RUSTC', { env: { RUSTC: 'a', CARGO_BUILD_RUSTC: 'b' } }, 'a'],
  ['an empty RUSTC is no choice', { env: { RUSTC: '' } }, OWN],
  [
    'build.rustc in a config file',
    { configs: [{ path: 'c', data: { build: { rustc: 'r' } } }] },
    'rustc'
  ],
  ['another build setting', { configs: [{ path: 'c', data: { build: { jobs: 2 } } }] }, OWN],
  ['no rustup', { rustup: false }, 'rustc'],
  ['no rustc in the sysroot', { own: null }, 'rustc']
])('%s', (_, o, expected) => {
  expect(rustc(o)).toBe(expected)
})

test("the sysroot's own rustc, when it has one to run", () => {
  const sysroot = mkdtempSync(path.join(os.tmpdir(), 'ro-sysroot-'))
  const file = path.join(sysroot, 'bin', 'rustc')
  expect(sysrootRustc(sysroot, 'linux')).toBeNull()
  mkdirSync(path.dirname(file))
  writeFileSync(file, '#!/bin/sh\n')
  expect(sysrootRustc(sysroot, 'linux')).toBeNull() // not executable
  chmodSync(file, 0o755)
  expect(sysrootRustc(sysroot, 'linux')).toBe(file)
  // On Windows the binary is rustc.exe (and any file counts as executable there).
  expect(sysrootRustc(sysroot, 'win32')).toBeNull()
  writeFileSync(`${file}.exe`, '')
  expect(sysrootRustc(sysroot, 'win32')).toBe(`${file}.exe`)
})

test('no sysroot is no rustc, even where the working directory has a bin/rustc', () => {
  const cwd = process.cwd()
  process.chdir(path.dirname(path.dirname(makeRustc())))
  try {
    expect(sysrootRustc('', 'linux')).toBeNull()
  } finally {
    process.chdir(cwd)
  }
})

/** A sysroot with an executable bin/rustc; returns the binary's path. */
function makeRustc(): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-sysroot-')), 'bin', 'rustc')
  mkdirSync(path.dirname(file))
  writeFileSync(file, '#!/bin/sh\n')
  chmodSync(file, 0o755)
  return file
}
