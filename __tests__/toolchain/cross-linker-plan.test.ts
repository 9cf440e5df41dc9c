import { cfgMatches, cfgSet } from '../../src/cargo/cfg-expr.js'
import {
  configuredLinker,
  linkerVar,
  planCrossLinker,
  type CrossPlanInput
} from '../../src/toolchain/cross-linker-plan.js'
import { lowerTriple } from '../../src/toolchain/triples.js'

const LINUX_X64 = 'x86_64-unknown-linux-gnu'
const LINUX_ARM64 = 'aarch64-unknown-linux-gnu'
const MAC_ARM64 = 'aarch64-apple-darwin'
const WIN_X64 = 'x86_64-pc-windows-msvc'
const LLD = '/sysroot/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld'

function plan(target: string, host: string, extra: Partial<CrossPlanInput> = {}) {
  return planCrossLinker({ target, host, env: {}, configs: [], cfg: null, rustLld: LLD, ...extra })
}

/** A compact view of a plan for the table: action, packages, linker. */
function summary(target: string, host: string): string {
  const p = plan(target, host)
  if (p.action === 'none') return 'none'
  if (p.action === 'unsupported') return 'unsupported'
  return `${p.packages.join(' ') || '-'} | ${p.env[linkerVar(target)] ?? '(rustc default)'}`
}

describe('install plan per runner OS and target', () => {
  test.each([
    // Linux x86_64 runner (ubuntu-latest)
    [LINUX_X64, LINUX_X64, 'none'],
    [
      LINUX_X64,
      'aarch64-unknown-linux-gnu',
      'gcc-aarch64-linux-gnu g++-aarch64-linux-gnu libc6-dev-arm64-cross | aarch64-linux-gnu-gcc'
    ],
    [
      LINUX_X64,
      'armv7-unknown-linux-gnueabihf',
      'gcc-arm-linux-gnueabihf g++-arm-linux-gnueabihf libc6-dev-armhf-cross | arm-linux-gnueabihf-gcc'
    ],
    [
      LINUX_X64,
      'riscv64gc-unknown-linux-gnu',
      'gcc-riscv64-linux-gnu g++-riscv64-linux-gnu libc6-dev-riscv64-cross | riscv64-linux-gnu-gcc'
    ],
    [
      LINUX_X64,
      'i686-unknown-linux-gnu',
      'gcc-i686-linux-gnu g++-i686-linux-gnu libc6-dev-i386-cross | i686-linux-gnu-gcc'
    ],
    [
      LINUX_X64,
      'x86_64-pc-windows-gnu',
      'gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 | x86_64-w64-mingw32-gcc'
    ],
    [LINUX_X64, 'x86_64-unknown-linux-musl', 'musl-tools | (rustc default)'],
    [LINUX_X64, 'aarch64-unknown-linux-musl', `- | ${LLD}`],
    [LINUX_X64, 'thumbv8m.main-none-eabi', 'none'],
    [LINUX_X64, 'wasm32-unknown-unknown', 'none'],
    [LINUX_X64, 'aarch64-apple-darwin', 'unsupported'],
    [LINUX_X64, 'x86_64-pc-windows-msvc', 'unsupported'],
    [LINUX_X64, 'armv7-unknown-linux-musleabihf', 'unsupported'],
    // Linux arm64 runner (ubuntu-24.04-arm)
    [LINUX_ARM64, LINUX_ARM64, 'none'],
    [
      LINUX_ARM64,
      'x86_64-unknown-linux-gnu',
      'gcc-x86-64-linux-gnu g++-x86-64-linux-gnu libc6-dev-amd64-cross | x86_64-linux-gnu-gcc'
    ],
    [LINUX_ARM64, 'aarch64-unknown-linux-musl', 'musl-tools | (rustc default)'],
    [LINUX_ARM64, 'x86_64-unknown-linux-musl', `- | ${LLD}`],
    // macOS runner
    [MAC_ARM64, MAC_ARM64, 'none'],
    [MAC_ARM64, 'x86_64-apple-darwin', 'none'],
    [MAC_ARM64, 'aarch64-apple-ios', 'none'],
    [MAC_ARM64, 'x86_64-unknown-linux-gnu', 'unsupported'],
    // Windows runner
    [WIN_X64, WIN_X64, 'none'],
    [WIN_X64, 'aarch64-pc-windows-msvc', 'none'],
    [WIN_X64, 'i686-pc-windows-msvc', 'none'],
    [WIN_X64, 'x86_64-unknown-linux-gnu', 'unsupported'],
    // A Linux host that is not glibc (no apt cross toolchains to offer)
    ['x86_64-unknown-linux-musl', 'aarch64-unknown-linux-gnu', 'unsupported']
  ])('host %s, target %s → %s', (host, target, expected) => {
    expect(summary(target, host)).toBe(expected)
  })

  test('a gnu cross target gets linker, cc-rs and pkg-config variables', () => {
    const p = plan('aarch64-unknown-linux-gnu', LINUX_X64)
    expect(p.action === 'setup' && p.env).toEqual({
      CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER: 'aarch64-linux-gnu-gcc',
      CC_aarch64_unknown_linux_gnu: 'aarch64-linux-gnu-gcc',
      CXX_aarch64_unknown_linux_gnu: 'aarch64-linux-gnu-g++',
      AR_aarch64_unknown_linux_gnu: 'aarch64-linux-gnu-ar',
      PKG_CONFIG_LIBDIR_aarch64_unknown_linux_gnu:
        '/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig',
      PKG_CONFIG_SYSROOT_DIR_aarch64_unknown_linux_gnu: '/'
    })
  })

  test('i686 uses the i386 multiarch directory for pkg-config', () => {
    const p = plan('i686-unknown-linux-gnu', LINUX_X64)
    expect(p.action === 'setup' && p.env.PKG_CONFIG_LIBDIR_i686_unknown_linux_gnu).toBe(
      '/usr/lib/i386-linux-gnu/pkgconfig:/usr/share/pkgconfig'
    )
  })

  test('same-arch musl: musl-gcc for C code, rustc links with its own CRT', () => {
    const p = plan('x86_64-unknown-linux-musl', LINUX_X64)
    expect(p.action === 'setup' && p.env).toEqual({
      CC_x86_64_unknown_linux_musl: 'musl-gcc',
      AR_x86_64_unknown_linux_musl: 'ar'
    })
  })

  test('cross-arch musl links with rust-lld and says C code is not served', () => {
    const p = plan('aarch64-unknown-linux-musl', LINUX_X64)
    expect(p.action).toBe('setup')
    if (p.action !== 'setup') return
    expect(p.packages).toEqual([])
    expect(p.env).toEqual({ CARGO_TARGET_AARCH64_UNKNOWN_LINUX_MUSL_LINKER: LLD })
    expect(p.notes.join(' ')).toMatch(/C or C\+\+ code cannot build/)
  })

  test('cross-arch musl without rust-lld in the toolchain is unsupported', () => {
    expect(plan('aarch64-unknown-linux-musl', LINUX_X64, { rustLld: null }).action).toBe(
      'unsupported'
    )
  })

  test('an unsupported target fails with a message naming it and the way out', () => {
    const p = plan('aarch64-apple-darwin', LINUX_X64)
    expect(p.action).toBe('unsupported')
    if (p.action !== 'unsupported') return
    expect(p.message).toContain("target 'aarch64-apple-darwin'")
    expect(p.message).toContain('CARGO_TARGET_AARCH64_APPLE_DARWIN_LINKER')
    expect(p.message).toContain('target.aarch64-apple-darwin.linker')
    expect(p.message).toContain("'cross-linker: none'")
  })
})

describe('every runner OS × target family', () => {
  const HOSTS = [
    LINUX_X64,
    LINUX_ARM64,
    MAC_ARM64,
    'x86_64-apple-darwin',
    WIN_X64,
    'aarch64-pc-windows-msvc'
  ]
  // Per target, the plan on each host above, in that order. `N`: nothing to do, `U`: unsupported,
  // otherwise the linker the plan sets (`apt` when packages are installed for it).
  const APT_ARM = 'apt aarch64-linux-gnu-gcc'
  const APT_X64 = 'apt x86_64-linux-gnu-gcc'
  const MINGW = 'x86_64-w64-mingw32-gcc'
  const TABLE: [string, string[]][] = [
    ['x86_64-unknown-linux-gnu', ['N', APT_X64, 'U', 'U', 'U', 'U']],
    ['aarch64-unknown-linux-gnu', [APT_ARM, 'N', 'U', 'U', 'U', 'U']],
    ['x86_64-unknown-linux-musl', ['apt (rustc default)', LLD, 'U', 'U', 'U', 'U']],
    ['x86_64-apple-darwin', ['U', 'U', 'N', 'N', 'U', 'U']],
    ['aarch64-apple-darwin', ['U', 'U', 'N', 'N', 'U', 'U']],
    ['x86_64-pc-windows-msvc', ['U', 'U', 'U', 'U', 'N', 'N']],
    ['aarch64-pc-windows-msvc', ['U', 'U', 'U', 'U', 'N', 'N']],
    ['x86_64-pc-windows-gnu', [`apt ${MINGW}`, `apt ${MINGW}`, 'U', 'U', MINGW, MINGW]],
    ['i686-pc-windows-gnu', ['U', 'U', 'U', 'U', 'i686-w64-mingw32-gcc', 'i686-w64-mingw32-gcc']],
    [
      'x86_64-pc-windows-gnullvm',
      ['U', 'U', 'U', 'U', 'x86_64-w64-mingw32-clang', 'x86_64-w64-mingw32-clang']
    ],
    [
      'aarch64-pc-windows-gnullvm',
      ['U', 'U', 'U', 'U', 'aarch64-w64-mingw32-clang', 'aarch64-w64-mingw32-clang']
    ],
    ['wasm32-unknown-unknown', ['N', 'N', 'N', 'N', 'N', 'N']],
    ['thumbv7em-none-eabihf', ['N', 'N', 'N', 'N', 'N', 'N']]
  ]
  const short = (target: string, host: string): string => {
    const p = plan(target, host)
    if (p.action === 'none') return 'N'
    if (p.action === 'unsupported') return 'U'
    const linker = p.env[linkerVar(target)] ?? '(rustc default)'
    return p.packages.length > 0 ? `apt ${linker}` : linker
  }
  test.each(TABLE)('%s', (target, expected) => {
    expect(HOSTS.map((host) => short(target, host))).toEqual(expected)
  })

  test('windows-gnu on a Windows runner uses MinGW-w64 from PATH and installs nothing', () => {
    const p = plan('x86_64-pc-windows-gnu', WIN_X64)
    expect(p).toEqual({
      target: 'x86_64-pc-windows-gnu',
      action: 'setup',
      packages: [],
      compiler: MINGW,
      env: {
        CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER: MINGW,
        CC_x86_64_pc_windows_gnu: MINGW,
        CXX_x86_64_pc_windows_gnu: 'x86_64-w64-mingw32-g++',
        AR_x86_64_pc_windows_gnu: 'x86_64-w64-mingw32-gcc-ar'
      },
      notes: [],
      missing: expect.stringMatching(
        /^x86_64-pc-windows-gnu links with MinGW-w64's x86_64-w64-mingw32-gcc, which is not on PATH\. .*C:\\mingw64\\bin.*'cross-linker: none'/
      )
    })
  })

  test('the missing-compiler error says where GitHub keeps each MinGW-w64', () => {
    const missing = (t: string): string => {
      const p = plan(t, WIN_X64)
      return p.action === 'setup' ? (p.missing ?? '') : p.action
    }
    expect(missing('i686-pc-windows-gnu')).toContain(
      "i686-w64-mingw32-gcc, which is not on PATH. GitHub's Windows images ship it in C:\\mingw32\\bin;"
    )
    expect(missing('x86_64-pc-windows-gnullvm')).toContain('Install llvm-mingw')
    expect(missing('aarch64-pc-windows-gnu')).toContain(
      'Install a MinGW-w64 toolchain for aarch64 and put its bin directory on PATH'
    )
  })

  test('a Windows runner still refuses what it cannot link, and says what it serves', () => {
    const p = plan('aarch64-unknown-linux-gnu', WIN_X64)
    expect(p.action === 'unsupported' && p.message).toContain(
      '*-windows-gnu and *-windows-gnullvm with MinGW-w64 on PATH'
    )
  })
})

describe('variable names for odd triples', () => {
  test('thumbv8m.main-none-eabi', () => {
    expect(linkerVar('thumbv8m.main-none-eabi')).toBe('CARGO_TARGET_THUMBV8M_MAIN_NONE_EABI_LINKER')
    expect(lowerTriple('thumbv8m.main-none-eabi')).toBe('thumbv8m_main_none_eabi')
  })
  test('riscv64gc and armv7 gnueabihf', () => {
    expect(linkerVar('riscv64gc-unknown-linux-gnu')).toBe(
      'CARGO_TARGET_RISCV64GC_UNKNOWN_LINUX_GNU_LINKER'
    )
    const p = plan('armv7-unknown-linux-gnueabihf', LINUX_X64)
    expect(p.action === 'setup' && Object.keys(p.env)).toEqual([
      'CARGO_TARGET_ARMV7_UNKNOWN_LINUX_GNUEABIHF_LINKER',
      'CC_armv7_unknown_linux_gnueabihf',
      'CXX_armv7_unknown_linux_gnueabihf',
      'AR_armv7_unknown_linux_gnueabihf',
      'PKG_CONFIG_LIBDIR_armv7_unknown_linux_gnueabihf',
      'PKG_CONFIG_SYSROOT_DIR_armv7_unknown_linux_gnueabihf'
    ])
  })
})

describe('a linker the user configured is respected', () => {
  const target = 'aarch64-unknown-linux-gnu'
  test('in the environment', () => {
    const env = { CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER: 'my-ld' }
    const p = plan(target, LINUX_X64, { env })
    expect(p).toEqual({
      target,
      action: 'none',
      reason:
        'linker configured by you (environment variable CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER)'
    })
  })
  test('an empty variable does not count', () => {
    const env = { CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER: '' }
    expect(plan(target, LINUX_X64, { env }).action).toBe('setup')
  })
  test('as target.<triple>.linker in a config file, even for unsupported targets', () => {
    const configs = [
      { path: '/p/.cargo/config.toml', data: { target: { [target]: { linker: 'my-ld' } } } }
    ]
    expect(configuredLinker(target, {}, configs, null)).toBe(
      `target.${target}.linker in /p/.cargo/config.toml`
    )
    expect(plan(target, LINUX_X64, { configs }).action).toBe('none')
    const apple = [{ path: 'c', data: { target: { 'x86_64-apple-darwin': { linker: 'x' } } } }]
    expect(plan('x86_64-apple-darwin', LINUX_X64, { configs: apple }).action).toBe('none')
  })
  test('a target table without a linker does not count', () => {
    const configs = [{ path: 'c', data: { target: { [target]: { rustflags: ['-Cx'] } } } }]
    expect(plan(target, LINUX_X64, { configs }).action).toBe('setup')
  })
  test("as target.'cfg(...)'.linker only when the cfg matches the target", () => {
    const configs = [
      { path: 'c', data: { target: { 'cfg(target_arch = "aarch64")': { linker: 'my-ld' } } } }
    ]
    const arm = cfgSet(['target_arch="aarch64"', 'target_os="linux"', 'unix'])
    const x86 = cfgSet(['target_arch="x86_64"', 'target_os="linux"', 'unix'])
    expect(plan(target, LINUX_X64, { configs, cfg: arm }).action).toBe('none')
    expect(plan('riscv64gc-unknown-linux-gnu', LINUX_X64, { configs, cfg: x86 }).action).toBe(
      'setup'
    )
    // Unknown cfg: the user's cfg linker is assumed to apply.
    expect(plan(target, LINUX_X64, { configs, cfg: null }).action).toBe('none')
  })
})

describe('cfg expressions', () => {
  const cfg = cfgSet(['unix', 'target_os="linux"', 'target_arch="aarch64"', 'target_env="gnu"'])
  test.each([
    ['cfg(unix)', true],
    ['cfg(windows)', false],
    ['cfg(target_os = "linux")', true],
    ['cfg(all(unix, target_arch = "aarch64"))', true],
    ['cfg(all(unix, target_arch = "x86_64"))', false],
    ['cfg(any(windows, target_env = "gnu"))', true],
    ['cfg(not(target_env = "musl"))', true],
    ['cfg(all())', true],
    ['cfg(any(unix, windows,))', true],
    ['cfg(any())', false]
  ])('%s → %s', (key, expected) => {
    expect(cfgMatches(key, cfg)).toBe(expected)
  })
  test('malformed expressions throw', () => {
    expect(() => cfgMatches('cfg(all(unix)', cfg)).toThrow()
    expect(() => cfgMatches('unix', cfg)).toThrow()
  })
})
