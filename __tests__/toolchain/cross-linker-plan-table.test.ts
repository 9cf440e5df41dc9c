// Whole plans, field by field, for the targets whose details the other plan tests only sample:
// the pkg-config directories of each Debian cross toolchain, musl on the same and on another
// architecture, MinGW-w64 from apt, and llvm-mingw (no `ar` of its own) from PATH.
import { planCrossLinker, type CrossPlan } from '../../src/toolchain/cross-linker-plan.js'

const LINUX_X64 = 'x86_64-unknown-linux-gnu'
const LINUX_ARM64 = 'aarch64-unknown-linux-gnu'
const LLD = '/sysroot/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld'

const plan = (target: string, host: string, rustLld: string | null = LLD): CrossPlan =>
  planCrossLinker({ target, host, env: {}, configs: [], cfg: null, rustLld })

/**
 * The plan of a Debian cross toolchain: `stem` names its packages (`gcc-<stem>`, `g++-<stem>`),
 * `prefix` its programs, `multiarch` the directory of its libraries.
 */
function debianCross(
  target: string,
  [stem, prefix, multiarch, libc]: [string, string, string, string]
): CrossPlan {
  const l = target.replaceAll('-', '_')
  return {
    target,
    action: 'setup',
    packages: [`gcc-${stem}`, `g++-${stem}`, libc],
    compiler: `${prefix}-gcc`,
    env: {
      [`CARGO_TARGET_${l.toUpperCase()}_LINKER`]: `${prefix}-gcc`,
      [`CC_${l}`]: `${prefix}-gcc`,
      [`CXX_${l}`]: `${prefix}-g++`,
      [`AR_${l}`]: `${prefix}-ar`,
      [`PKG_CONFIG_LIBDIR_${l}`]: `/usr/lib/${multiarch}/pkgconfig:/usr/share/pkgconfig`,
      [`PKG_CONFIG_SYSROOT_DIR_${l}`]: '/'
    },
    notes: []
  }
}

test.each([
  [
    LINUX_ARM64,
    LINUX_X64,
    'aarch64-linux-gnu',
    'aarch64-linux-gnu',
    'aarch64-linux-gnu',
    'libc6-dev-arm64-cross'
  ],
  [
    'armv7-unknown-linux-gnueabihf',
    LINUX_X64,
    'arm-linux-gnueabihf',
    'arm-linux-gnueabihf',
    'arm-linux-gnueabihf',
    'libc6-dev-armhf-cross'
  ],
  [
    'riscv64gc-unknown-linux-gnu',
    LINUX_X64,
    'riscv64-linux-gnu',
    'riscv64-linux-gnu',
    'riscv64-linux-gnu',
    'libc6-dev-riscv64-cross'
  ],
  [
    'i686-unknown-linux-gnu',
    LINUX_X64,
    'i686-linux-gnu',
    'i686-linux-gnu',
    'i386-linux-gnu',
    'libc6-dev-i386-cross'
  ],
  [
    LINUX_X64,
    LINUX_ARM64,
    'x86-64-linux-gnu',
    'x86_64-linux-gnu',
    'x86_64-linux-gnu',
    'libc6-dev-amd64-cross'
  ]
])('%s on %s: the whole Debian cross plan', (target, host, stem, prefix, multiarch, libc) => {
  expect(plan(target, host)).toEqual(debianCross(target, [stem, prefix, multiarch, libc]))
})

test('musl on the host architecture: musl-gcc for C code, the host cc links', () => {
  expect(plan('x86_64-unknown-linux-musl', LINUX_X64)).toEqual({
    target: 'x86_64-unknown-linux-musl',
    action: 'setup',
    packages: ['musl-tools'],
    compiler: 'musl-gcc',
    env: { CC_x86_64_unknown_linux_musl: 'musl-gcc', AR_x86_64_unknown_linux_musl: 'ar' },
    notes: [
      'x86_64-unknown-linux-musl: C code builds with musl-gcc; C++ is not available (musl-tools has no g++).'
    ]
  })
})

test("musl on another architecture: rust-lld links, nothing is installed, and C code is the user's", () => {
  const p = plan('aarch64-unknown-linux-musl', LINUX_X64)
  expect(p).toMatchObject({
    action: 'setup',
    packages: [],
    compiler: null,
    env: { CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER: LLD }
  })
  expect(p.action === 'setup' && p.notes).toEqual([
    expect.stringMatching(
      /^aarch64-unknown-linux-musl links with the toolchain's rust-lld .* use your own musl toolchain \(e\.g\. cargo-zigbuild\) with 'cross-linker: none'\.$/
    )
  ])
  expect(plan('aarch64-unknown-linux-musl', LINUX_X64, null).action).toBe('unsupported')
})

test('windows-gnu from a Linux runner: MinGW-w64 from apt, with its own ar', () => {
  expect(plan('x86_64-pc-windows-gnu', LINUX_X64)).toEqual({
    target: 'x86_64-pc-windows-gnu',
    action: 'setup',
    packages: ['gcc-mingw-w64-x86-64', 'g++-mingw-w64-x86-64'],
    compiler: 'x86_64-w64-mingw32-gcc',
    env: {
      CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER: 'x86_64-w64-mingw32-gcc',
      CC_x86_64_pc_windows_gnu: 'x86_64-w64-mingw32-gcc',
      CXX_x86_64_pc_windows_gnu: 'x86_64-w64-mingw32-g++',
      AR_x86_64_pc_windows_gnu: 'x86_64-w64-mingw32-ar'
    },
    notes: []
  })
})

test('gnullvm on a Windows runner: llvm-mingw clang from PATH, and no gcc-ar is named', () => {
  expect(plan('aarch64-pc-windows-gnullvm', 'x86_64-pc-windows-msvc')).toEqual({
    target: 'aarch64-pc-windows-gnullvm',
    action: 'setup',
    packages: [],
    compiler: 'aarch64-w64-mingw32-clang',
    env: {
      CARGO_TARGET_AARCH64_PC_WINDOWS_GNULLVM_LINKER: 'aarch64-w64-mingw32-clang',
      CC_aarch64_pc_windows_gnullvm: 'aarch64-w64-mingw32-clang',
      CXX_aarch64_pc_windows_gnullvm: 'aarch64-w64-mingw32-clang++'
    },
    notes: [],
    missing:
      "aarch64-pc-windows-gnullvm links with MinGW-w64's aarch64-w64-mingw32-clang, which is not on PATH. Install llvm-mingw (github.com/mstorsjo/llvm-mingw) and put its bin directory on PATH, or configure your own linker and set 'cross-linker: none'."
  })
})

test.each([
  [
    'aarch64-apple-darwin',
    'x86_64-apple-darwin',
    "Apple target on a macOS runner: Xcode's toolchain links it"
  ],
  [
    'aarch64-pc-windows-msvc',
    'x86_64-pc-windows-msvc',
    "MSVC target on a Windows runner: Visual Studio's linker links it"
  ]
])('%s on %s needs nothing: %s', (target, host, reason) => {
  expect(plan(target, host)).toEqual({ target, action: 'none', reason })
})

test('a Linux host that is not glibc gets no Debian packages', () => {
  const p = plan(LINUX_ARM64, 'x86_64-unknown-linux-musl')
  expect(p.action).toBe('unsupported')
  expect(p.action === 'unsupported' && p.message).toContain(
    "no C toolchain for target 'aarch64-unknown-linux-gnu' on this runner (host x86_64-unknown-linux-musl;"
  )
})
