// The preset table and the target-cpu `auto` table of the contract, cell by cell.
import { autoTargetCpu, cpuFloor, PRESET_NAMES, PRESETS } from '../../src/cargo/presets.js'

test('the preset table', () => {
  expect(PRESET_NAMES).toEqual(['speed', 'size', 'balanced', 'quick', 'lambda', 'none'])
  const fast = { 'codegen-units': 1, panic: 'abort', strip: 'symbols', debug: false }
  expect(PRESETS.speed.profile).toEqual({ 'opt-level': 3, lto: 'fat', ...fast })
  expect(PRESETS.size.profile).toEqual({ 'opt-level': 'z', lto: 'fat', ...fast })
  expect(PRESETS.balanced.profile).toEqual({ 'opt-level': 's', lto: 'fat', ...fast })
  expect(PRESETS.quick.profile).toEqual({ 'opt-level': 3, lto: 'thin', strip: 'symbols' })
  expect(PRESETS.lambda.profile).toEqual({
    lto: 'thin',
    'codegen-units': 1,
    panic: 'abort',
    strip: 'symbols'
  })
  expect(PRESETS.none.profile).toEqual({})
})

test.each([
  ['speed', 'x86_64-unknown-linux-gnu', 'x86-64-v3'],
  ['balanced', 'x86_64-pc-windows-msvc', 'x86-64-v3'],
  ['quick', 'x86_64-unknown-linux-musl', 'x86-64-v3'],
  ['lambda', 'x86_64-unknown-linux-gnu', 'haswell'],
  ['size', 'x86_64-unknown-linux-gnu', null],
  ['none', 'x86_64-unknown-linux-gnu', null],
  ['speed', 'aarch64-unknown-linux-gnu', 'neoverse-n1'],
  ['lambda', 'aarch64-unknown-linux-gnu', 'neoverse-n1'],
  ['speed', 'aarch64-apple-darwin', 'apple-m1'],
  ['lambda', 'aarch64-apple-darwin', 'apple-m1'],
  ['size', 'aarch64-apple-darwin', null],
  ['speed', 'x86_64-apple-darwin', null],
  ['speed', 'aarch64-pc-windows-msvc', null],
  ['speed', 'aarch64-unknown-none', null],
  ['speed', 'armv7-unknown-linux-gnueabihf', null],
  ['speed', 'riscv64gc-unknown-linux-gnu', null],
  ['lambda', 'wasm32-unknown-unknown', null]
] as const)('%s on %s picks %p', (preset, triple, cpu) => {
  expect(autoTargetCpu(preset, triple)).toBe(cpu)
})

test('CPU floors in words; unknown CPUs by name', () => {
  expect(cpuFloor('x86-64-v3')).toContain('AVX2')
  expect(cpuFloor('haswell')).toContain('Intel Haswell')
  expect(cpuFloor('x86-64-v2')).toContain('SSE4.2')
  expect(cpuFloor('x86-64-v4')).toContain('AVX-512')
  expect(cpuFloor('neoverse-n1')).toContain('Graviton2')
  expect(cpuFloor('apple-m1')).toBe('Apple M1 or newer')
  expect(cpuFloor('znver4')).toBe('znver4')
})
