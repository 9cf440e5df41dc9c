// Which C toolchain a target needs on this runner, and the variables that point cargo and cc-rs at
// it. Pure: a table of supported targets per runner OS, and the rules around it.
import { cfgMatches } from '../cargo/cfg-expr.js'
import {
  gnuPrefix,
  lowerTriple,
  parseTriple,
  runnerOs,
  targetEnvName,
  windowsGnu,
  type RunnerOs
} from './triples.js'

export { runnerOs, type RunnerOs } from './triples.js'
import type { Env } from '../env.js'
import type { ConfigFile } from '../cargo/project.js'

export function linkerVar(triple: string): string {
  return targetEnvName(triple, 'LINKER')
}

/**
 * Where the user already configured a linker for `triple`, or null: the cargo env variable, a
 * `target.<triple>.linker` key, or a `target.'cfg(...)'.linker` key matching the target's cfg
 * (any cfg key counts when the cfg set is unknown).
 */
export function configuredLinker(
  triple: string,
  env: Env,
  configs: ConfigFile[],
  cfg: Set<string> | null
): string | null {
  const variable = linkerVar(triple)
  if ((env[variable] ?? '') !== '') return `environment variable ${variable}`
  for (const config of [...configs].reverse()) {
    const targets = config.data.target
    if (typeof targets !== 'object' || targets === null) continue
    for (const [key, table] of Object.entries(targets as Record<string, unknown>)) {
      if (typeof table !== 'object' || table === null || !('linker' in table)) continue
      if (key === triple) return `target.${triple}.linker in ${config.path}`
      if (!key.startsWith('cfg(')) continue
      let matches: boolean
      try {
        matches = cfg === null || cfgMatches(key, cfg)
      } catch {
        matches = true // a key cargo would reject anyway: leave the decision to the user
      }
      if (matches) return `target.'${key}'.linker in ${config.path}`
    }
  }
  return null
}

interface GnuCross {
  /** Debian multiarch directory (`/usr/lib/<multiarch>`). */
  multiarch: string
  libcDev: string
}

/** Linux gnu targets served by Debian/Ubuntu cross toolchains (gcc-<prefix>, g++-<prefix>). */
export const LINUX_GNU_CROSS: Record<string, GnuCross> = {
  'aarch64-unknown-linux-gnu': {
    multiarch: 'aarch64-linux-gnu',
    libcDev: 'libc6-dev-arm64-cross'
  },
  'armv7-unknown-linux-gnueabihf': {
    multiarch: 'arm-linux-gnueabihf',
    libcDev: 'libc6-dev-armhf-cross'
  },
  'riscv64gc-unknown-linux-gnu': {
    multiarch: 'riscv64-linux-gnu',
    libcDev: 'libc6-dev-riscv64-cross'
  },
  'i686-unknown-linux-gnu': {
    multiarch: 'i386-linux-gnu',
    libcDev: 'libc6-dev-i386-cross'
  },
  'x86_64-unknown-linux-gnu': {
    multiarch: 'x86_64-linux-gnu',
    libcDev: 'libc6-dev-amd64-cross'
  },
  'powerpc64le-unknown-linux-gnu': {
    multiarch: 'powerpc64le-linux-gnu',
    libcDev: 'libc6-dev-ppc64el-cross'
  },
  's390x-unknown-linux-gnu': {
    multiarch: 's390x-linux-gnu',
    libcDev: 'libc6-dev-s390x-cross'
  }
}

/** musl targets: musl-tools when the arch matches the runner's, else rust-lld (pure Rust only). */
export const LINUX_MUSL = ['x86_64-unknown-linux-musl', 'aarch64-unknown-linux-musl']

export const LINUX_MINGW = ['x86_64-pc-windows-gnu']

export type CrossPlan =
  | { target: string; action: 'none'; reason: string }
  | {
      target: string
      action: 'setup'
      /** apt packages that provide the toolchain (empty when the Rust toolchain has it). */
      packages: string[]
      /** The C compiler the packages provide, to look for on runners without apt. */
      compiler: string | null
      /** Variables for the cargo process of this target only. */
      env: Record<string, string>
      /** Limits the user should know about (log warning and report note). */
      notes: string[]
      /** Set when nothing is installed: the error when `compiler` is not on PATH. */
      missing?: string
    }
  | { target: string; action: 'unsupported'; message: string }

export interface CrossPlanInput {
  target: string
  /** rustc's host triple (tells the runner OS and arch). */
  host: string
  env: Env
  configs: ConfigFile[]
  /** `rustc --print cfg --target <target>` as a set, or null when unknown. */
  cfg: Set<string> | null
  /** Absolute path of the toolchain's rust-lld, or null when it has none. */
  rustLld: string | null
}

function needsNoCToolchain(target: string): boolean {
  if (target.includes('emscripten')) return false
  return /-none(-|$)/.test(target) || /^wasm(32|64)-/.test(target) || target.endsWith('-uefi')
}

function gnuSetup(target: string, c: GnuCross): CrossPlan {
  const prefix = gnuPrefix(target) ?? target
  const pkg = prefix.replace(/_/g, '-')
  const l = lowerTriple(target)
  return {
    target,
    action: 'setup',
    packages: [`gcc-${pkg}`, `g++-${pkg}`, c.libcDev],
    compiler: `${prefix}-gcc`,
    env: {
      [linkerVar(target)]: `${prefix}-gcc`,
      [`CC_${l}`]: `${prefix}-gcc`,
      [`CXX_${l}`]: `${prefix}-g++`,
      [`AR_${l}`]: `${prefix}-ar`,
      [`PKG_CONFIG_LIBDIR_${l}`]: `/usr/lib/${c.multiarch}/pkgconfig:/usr/share/pkgconfig`,
      [`PKG_CONFIG_SYSROOT_DIR_${l}`]: '/'
    },
    notes: []
  }
}

function unsupported(target: string, host: string, os: RunnerOs): CrossPlan {
  const served =
    os === 'linux'
      ? [...Object.keys(LINUX_GNU_CROSS), ...LINUX_MUSL, ...LINUX_MINGW].join(', ')
      : os === 'macos'
        ? 'Apple targets (*-apple-*)'
        : os === 'windows'
          ? 'MSVC targets (*-pc-windows-msvc); *-windows-gnu and *-windows-gnullvm with MinGW-w64 on PATH'
          : 'none'
  const l = lowerTriple(target)
  return {
    target,
    action: 'unsupported',
    message: `cross-linker: auto has no C toolchain for target '${target}' on this runner (host ${host}; it serves: ${served}). Provide a linker yourself: set ${linkerVar(target)} (or target.${target}.linker in .cargo/config.toml), plus CC_${l} and AR_${l} for crates with C code, and set the input 'cross-linker: none'. Or build '${target}' on a runner that serves it.`
  }
}

/**
 * A windows-gnu or windows-gnullvm target on a Windows runner: the MinGW-w64 toolchain on PATH
 * links it, as plain cargo would (GitHub's Windows images put MinGW-w64 GCC in C:\mingw64\bin;
 * gnullvm needs llvm-mingw's clang). Nothing is installed: a missing compiler is an error.
 */
function howToGet(target: string, llvm: boolean): string {
  if (llvm)
    return 'Install llvm-mingw (github.com/mstorsjo/llvm-mingw) and put its bin directory on PATH'
  const arch = parseTriple(target).arch
  // GitHub's Windows images (Install-Mingw64.ps1) unpack both, and put only C:\mingw64\bin on PATH.
  const dir =
    arch === 'x86_64' ? 'C:\\mingw64\\bin' : /^i[56]86$/.test(arch) ? 'C:\\mingw32\\bin' : null
  return dir === null
    ? `Install a MinGW-w64 toolchain for ${arch} and put its bin directory on PATH`
    : `GitHub's Windows images ship it in ${dir}; put that directory (or another MinGW-w64 bin directory) on PATH`
}

function mingwOnPath(target: string): CrossPlan {
  const prefix = gnuPrefix(target) ?? target
  const llvm = windowsGnu(target) === 'gnullvm'
  const cc = `${prefix}-${llvm ? 'clang' : 'gcc'}`
  const l = lowerTriple(target)
  const env: Record<string, string> = {
    [linkerVar(target)]: cc,
    [`CC_${l}`]: cc,
    [`CXX_${l}`]: `${prefix}-${llvm ? 'clang++' : 'g++'}`
  }
  // MinGW-w64 builds for Windows name binutils without the prefix, but ship the gcc-ar wrapper.
  if (!llvm) env[`AR_${l}`] = `${prefix}-gcc-ar`
  return {
    target,
    action: 'setup',
    packages: [],
    compiler: cc,
    env,
    notes: [],
    missing: `${target} links with MinGW-w64's ${cc}, which is not on PATH. ${howToGet(target, llvm)}, or configure your own linker and set 'cross-linker: none'.`
  }
}

export function planCrossLinker(input: CrossPlanInput): CrossPlan {
  const { target, host } = input
  const none = (reason: string): CrossPlan => ({ target, action: 'none', reason })
  if (target.endsWith('.json')) return none('custom target spec: its linker is yours to configure')
  const configured = configuredLinker(target, input.env, input.configs, input.cfg)
  if (configured !== null) return none(`linker configured by you (${configured})`)
  if (target === host) return none('native target')
  if (needsNoCToolchain(target))
    return none('links with the Rust toolchain (rust-lld); no C toolchain needed')
  const os = runnerOs(host)
  if (os === 'macos' && target.includes('-apple-'))
    return none("Apple target on a macOS runner: Xcode's toolchain links it")
  if (os === 'windows' && parseTriple(target).env === 'msvc')
    return none("MSVC target on a Windows runner: Visual Studio's linker links it")
  if (os === 'windows' && windowsGnu(target) !== null) return mingwOnPath(target)
  if (os !== 'linux' || !host.endsWith('-linux-gnu')) return unsupported(target, host, os)

  const hostArch = parseTriple(host).arch
  const targetArch = parseTriple(target).arch
  const gnu = LINUX_GNU_CROSS[target]
  if (gnu !== undefined) return gnuSetup(target, gnu)
  const l = lowerTriple(target)
  if (LINUX_MINGW.includes(target)) {
    const prefix = gnuPrefix(target) ?? target
    return {
      target,
      action: 'setup',
      packages: ['gcc-mingw-w64-x86-64', 'g++-mingw-w64-x86-64'],
      compiler: `${prefix}-gcc`,
      env: {
        [linkerVar(target)]: `${prefix}-gcc`,
        [`CC_${l}`]: `${prefix}-gcc`,
        [`CXX_${l}`]: `${prefix}-g++`,
        [`AR_${l}`]: `${prefix}-ar`
      },
      notes: []
    }
  }
  if (LINUX_MUSL.includes(target)) {
    if (targetArch === hostArch) {
      // rustc links musl with the host cc and its own self-contained CRT; musl-gcc serves C code.
      return {
        target,
        action: 'setup',
        packages: ['musl-tools'],
        compiler: 'musl-gcc',
        env: { [`CC_${l}`]: 'musl-gcc', [`AR_${l}`]: 'ar' },
        notes: [
          `${target}: C code builds with musl-gcc; C++ is not available (musl-tools has no g++).`
        ]
      }
    }
    if (input.rustLld === null) return unsupported(target, host, os)
    return {
      target,
      action: 'setup',
      packages: [],
      compiler: null,
      env: { [linkerVar(target)]: input.rustLld },
      notes: [
        `${target} links with the toolchain's rust-lld and the musl runtime that ships with its standard library. Debian and Ubuntu have no musl C cross compiler, so crates with C or C++ code cannot build for it with cross-linker: auto; for those, use your own musl toolchain (e.g. cargo-zigbuild) with 'cross-linker: none'.`
      ]
    }
  }
  return unsupported(target, host, os)
}
