// `target-cpu: auto` per target family and preset, as the contract's table says. The choice is a
// function of the target alone (wantedCpu takes no host), so it is the same on every runner: x86_64
// Apple gets none on Apple silicon (Rosetta) and on Intel Macs alike.
import { usesAuto, wantedCpu } from '../../src/cargo/rustflags.js'
import { autoCpuNote, PRESET_NAMES, type PresetName } from '../../src/cargo/presets.js'

// target → [speed, size, balanced, quick, lambda, none]
const TABLE: [string, (string | null)[]][] = [
  ['x86_64-unknown-linux-gnu', ['x86-64-v3', null, 'x86-64-v3', 'x86-64-v3', 'haswell', null]],
  ['x86_64-unknown-linux-musl', ['x86-64-v3', null, 'x86-64-v3', 'x86-64-v3', 'haswell', null]],
  ['x86_64-pc-windows-msvc', ['x86-64-v3', null, 'x86-64-v3', 'x86-64-v3', 'haswell', null]],
  ['x86_64-pc-windows-gnu', ['x86-64-v3', null, 'x86-64-v3', 'x86-64-v3', 'haswell', null]],
  ['x86_64-pc-windows-gnullvm', ['x86-64-v3', null, 'x86-64-v3', 'x86-64-v3', 'haswell', null]],
  ['x86_64-apple-darwin', [null, null, null, null, null, null]],
  ['x86_64h-apple-darwin', [null, null, null, null, null, null]],
  [
    'aarch64-unknown-linux-gnu',
    ['neoverse-n1', null, 'neoverse-n1', 'neoverse-n1', 'neoverse-n1', null]
  ],
  [
    'aarch64-unknown-linux-musl',
    ['neoverse-n1', null, 'neoverse-n1', 'neoverse-n1', 'neoverse-n1', null]
  ],
  ['aarch64-apple-darwin', ['apple-m1', null, 'apple-m1', 'apple-m1', 'apple-m1', null]],
  // anything else: none
  ['aarch64-apple-ios', [null, null, null, null, null, null]],
  ['aarch64-linux-android', [null, null, null, null, null, null]],
  ['x86_64-linux-android', [null, null, null, null, null, null]],
  ['aarch64-pc-windows-msvc', [null, null, null, null, null, null]],
  ['x86_64-unknown-freebsd', [null, null, null, null, null, null]],
  ['i686-unknown-linux-gnu', [null, null, null, null, null, null]],
  ['armv7-unknown-linux-gnueabihf', [null, null, null, null, null, null]],
  ['riscv64gc-unknown-linux-gnu', [null, null, null, null, null, null]],
  ['wasm32-unknown-unknown', [null, null, null, null, null, null]],
  ['thumbv7em-none-eabihf', [null, null, null, null, null, null]]
]

test.each(TABLE)('auto for %s', (target, expected) => {
  const got = PRESET_NAMES.map((preset: PresetName) => wantedCpu({ mode: 'auto' }, preset, target))
  expect({ target, got }).toEqual({ target, got: expected })
})

test('an explicit target-cpu still applies to x86_64 Apple', () => {
  expect(wantedCpu({ mode: 'cpu', cpu: 'haswell' }, 'speed', 'x86_64-apple-darwin')).toBe('haswell')
  const map = { mode: 'map' as const, perTarget: { 'x86_64-apple-darwin': 'x86-64-v2' } }
  expect(wantedCpu(map, 'speed', 'x86_64-apple-darwin')).toBe('x86-64-v2')
  expect(wantedCpu(map, 'speed', 'aarch64-apple-darwin')).toBe('apple-m1')
})

test('the log and report say why x86_64 Apple gets no CPU under auto', () => {
  expect(autoCpuNote('speed', 'x86_64-apple-darwin')).toMatch(
    /^`x86_64-apple-darwin`: no target-cpu under `auto`: .*Rosetta.*AVX2.*Set `target-cpu` to choose one\.$/
  )
  expect(autoCpuNote('size', 'x86_64-apple-darwin')).toBeNull() // size never adds one
  expect(autoCpuNote('speed', 'aarch64-apple-darwin')).toBeNull()
  expect(autoCpuNote('speed', 'x86_64-unknown-linux-gnu')).toBeNull()
  const map = { mode: 'map' as const, perTarget: { a: 'auto', b: 'haswell' } }
  expect([usesAuto(map, 'a'), usesAuto(map, 'b'), usesAuto(map, 'c')]).toEqual([true, false, true])
  expect([usesAuto({ mode: 'auto' }, 'a'), usesAuto({ mode: 'none' }, 'a')]).toEqual([true, false])
})
