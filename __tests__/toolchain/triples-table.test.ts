// Triple facts, case by case: every vendor the parser knows, the pattern of accepted triples,
// cargo's and cc-rs's spellings, CPU families, and GNU prefixes of the odd architectures.
import {
  cpuArch,
  gnuPrefix,
  lowerTriple,
  parseTriple,
  runnerOs,
  targetEnvName,
  TRIPLE_PATTERN,
  windowsGnu
} from '../../src/toolchain/triples.js'

const VENDORS = [
  'unknown',
  'pc',
  'apple',
  'nvidia',
  'fortanix',
  'wrs',
  'sun',
  'uwp',
  'win7',
  'esp',
  'kmc',
  'sony',
  'nintendo',
  'unikraft',
  'risc0',
  'ibm',
  'openwrt',
  'nuttx',
  'lynx',
  'mti',
  'amd'
]

test.each(VENDORS)('in a three-part triple, %s is the vendor', (vendor) => {
  expect(parseTriple(`x86_64-${vendor}-someos`)).toEqual({
    arch: 'x86_64',
    vendor,
    os: 'someos',
    env: ''
  })
})

test.each([
  ['x86_64-other-someos', { arch: 'x86_64', vendor: 'unknown', os: 'other', env: 'someos' }],
  ['x86_64-linux', { arch: 'x86_64', vendor: 'unknown', os: 'linux', env: '' }],
  ['x86_64', { arch: 'x86_64', vendor: 'unknown', os: 'unknown', env: '' }],
  ['a-b-linux-gnu-x', { arch: 'a', vendor: 'b', os: 'linux', env: 'gnu-x' }],
  ['x86_64-apple-darwin', { arch: 'x86_64', vendor: 'apple', os: 'macos', env: '' }],
  [
    'armv7-linux-androideabi',
    { arch: 'armv7', vendor: 'unknown', os: 'android', env: 'androideabi' }
  ],
  ['x86_64-unknown-linux-ohos', { arch: 'x86_64', vendor: 'unknown', os: 'linux', env: 'ohos' }],
  ['specs/my-os.json', { arch: '', vendor: 'unknown', os: 'unknown', env: '' }]
])('%s parses as %j', (triple, parsed) => {
  expect(parseTriple(triple)).toEqual(parsed)
})

test.each([
  ['x86_64-unknown-linux-gnu', true],
  ['thumbv8m.main-none-eabi', true],
  ['aarch64-apple-ios-sim', true],
  ['wasm32-wasip1', true],
  ['x86_64-a-b-c-d', false],
  ['x86_64', false],
  ['X86_64-unknown-linux-gnu', false],
  ['x86_64-unknown-linux-gnu ', false],
  [' x86_64-unknown-linux-gnu', false],
  ['a.b.c-linux', false],
  ['-linux-gnu', false],
  ['x86_64--gnu', false],
  ['x86_64-linux-', false],
  ['x86_64-linux/gnu', false]
])('TRIPLE_PATTERN on %p is %p', (triple, ok) => {
  expect(TRIPLE_PATTERN.test(triple)).toBe(ok)
})

test('cargo and cc-rs spellings', () => {
  expect(targetEnvName('thumbv8m.main-none-eabi', 'LINKER')).toBe(
    'CARGO_TARGET_THUMBV8M_MAIN_NONE_EABI_LINKER'
  )
  expect(targetEnvName('specs/my-os.json', 'RUSTFLAGS')).toBe('CARGO_TARGET_MY_OS_RUSTFLAGS')
  expect(targetEnvName('my.json-os', 'X')).toBe('CARGO_TARGET_MY_JSON_OS_X')
  expect(lowerTriple('thumbv8m.main-none-eabi')).toBe('thumbv8m_main_none_eabi')
  expect(lowerTriple('A.B-C.D-e')).toBe('A_B_C_D_e')
})

test.each([
  ['x86_64-unknown-linux-gnu', 'x86_64'],
  ['x86_64h-apple-darwin', 'x86_64'],
  ['aarch64-apple-darwin', 'aarch64'],
  ['arm64e-apple-darwin', 'aarch64'],
  ['i686-unknown-linux-gnu', null],
  ['x86_64x-unknown-linux-gnu', null],
  ['arm64-apple-darwin', null]
])('cpuArch(%s) is %p', (triple, arch) => {
  expect(cpuArch(triple)).toBe(arch)
})

test.each([
  ['x86_64-pc-windows-msvc', 'windows', null],
  ['x86_64-pc-windows-gnu', 'windows', 'gnu'],
  ['aarch64-pc-windows-gnullvm', 'windows', 'gnullvm'],
  ['x86_64-unknown-linux-gnu', 'linux', null],
  ['aarch64-apple-darwin', 'macos', null],
  ['aarch64-linux-android', 'other', null],
  ['wasm32-unknown-unknown', 'other', null]
])('%s: runner OS %s, windows gnu %p', (triple, os, gnu) => {
  expect([runnerOs(triple), windowsGnu(triple)]).toEqual([os, gnu])
})

test.each([
  ['armebv7r-unknown-linux-gnueabihf', 'armeb-linux-gnueabihf'],
  ['thumbv7neon-unknown-linux-gnueabihf', 'arm-linux-gnueabihf'],
  ['arm-unknown-linux-musleabi', 'arm-linux-musleabi'],
  ['riscv32gc-unknown-linux-gnu', 'riscv32-linux-gnu'],
  ['riscv64gc-unknown-linux-musl', 'riscv64-linux-musl'],
  ['i586-unknown-linux-gnu', 'i686-linux-gnu'],
  ['i586-pc-windows-gnu', 'i686-w64-mingw32'],
  ['powerpc64le-unknown-linux-gnu', 'powerpc64le-linux-gnu'],
  ['x86_64-unknown-linux-ohos', null],
  ['aarch64-linux-android', null],
  ['x86_64-unknown-freebsd', null],
  ['x86_64-pc-windows-msvc', null]
])('gnu prefix of %s is %p', (triple, prefix) => {
  expect(gnuPrefix(triple)).toBe(prefix)
})
