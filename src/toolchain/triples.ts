// Facts about target triples, in one place: architecture, vendor, OS, environment, the runner OS a
// host triple means, the GNU tool prefix of a target, and the names cargo and cc-rs give it. Pure.
import path from 'node:path'

export type RunnerOs = 'linux' | 'macos' | 'windows' | 'other'

/** A target triple as rustc spells it (`x86_64-unknown-linux-gnu`, `thumbv8m.main-none-eabi`). */
export const TRIPLE_PATTERN = /^[a-z0-9_]+(\.[a-z0-9_]+)?(-[a-z0-9_.]+){1,3}$/

/**
 * `CARGO_TARGET_<TRIPLE>_<SUFFIX>`: upper-cased, dots and dashes to underscores. For a target spec
 * file cargo uses its file stem (`specs/my-os.json` → `target.my-os`).
 */
export function targetEnvName(triple: string, suffix: string): string {
  const name = triple.endsWith('.json') ? path.basename(triple, '.json') : triple
  return `CARGO_TARGET_${name.toUpperCase().replace(/[-.]/g, '_')}_${suffix}`
}

/** cc-rs and pkg-config spelling of a triple: dots and dashes to underscores, case kept. */
export function lowerTriple(triple: string): string {
  return triple.replace(/[-.]/g, '_')
}

export interface Triple {
  /** The first component as written: `x86_64`, `aarch64`, `armv7`, `riscv64gc`, `x86_64h`. */
  arch: string
  /** `unknown` when the triple names none (`thumbv7em-none-eabihf`, `aarch64-linux-android`). */
  vendor: string
  /** Like rustc's `target_os`: `linux`, `android`, `windows`, `macos`, `ios`, `none`, `unknown`… */
  os: string
  /** The rest as written: `gnu`, `gnueabihf`, `gnullvm`, `msvc`, `musl`, `sim`, or empty. */
  env: string
}

// Second components that are vendors; any other second component of a three-part triple is the OS.
const VENDORS = new Set([
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
])

export function parseTriple(triple: string): Triple {
  if (triple.endsWith('.json')) return { arch: '', vendor: 'unknown', os: 'unknown', env: '' }
  const parts = triple.split('-')
  const arch = parts[0]
  let vendor = 'unknown'
  let os = parts[1] ?? 'unknown'
  let env = ''
  if (parts.length >= 4) {
    vendor = parts[1]
    os = parts[2]
    env = parts.slice(3).join('-')
  } else if (parts.length === 3) {
    if (VENDORS.has(parts[1])) {
      vendor = parts[1]
      os = parts[2]
    } else env = parts[2]
  }
  if (os === 'darwin') os = 'macos'
  if (os === 'linux' && env.startsWith('android')) os = 'android'
  return { arch, vendor, os, env }
}

/** The CPU architecture family the target-cpu table speaks of, or null for the others. */
export function cpuArch(triple: string): 'x86_64' | 'aarch64' | null {
  const { arch } = parseTriple(triple)
  if (arch === 'x86_64' || arch === 'x86_64h') return 'x86_64'
  if (arch === 'aarch64' || arch === 'arm64e') return 'aarch64'
  return null
}

/** The OS of the runner a host triple belongs to. */
export function runnerOs(host: string): RunnerOs {
  const { os } = parseTriple(host)
  return os === 'linux' || os === 'macos' || os === 'windows' ? os : 'other'
}

/** `gnu` for `*-windows-gnu`, `gnullvm` for `*-windows-gnullvm`, else null. */
export function windowsGnu(triple: string): 'gnu' | 'gnullvm' | null {
  const { os, env } = parseTriple(triple)
  if (os !== 'windows') return null
  return env === 'gnu' ? 'gnu' : env === 'gnullvm' ? 'gnullvm' : null
}

/** The architecture as GNU toolchains spell it (`armv7` → `arm`, `riscv64gc` → `riscv64`). */
function gnuArch(arch: string): string {
  if (arch.startsWith('armeb')) return 'armeb'
  if (/^(arm|thumb)/.test(arch)) return 'arm'
  if (/^riscv(32|64)/.test(arch)) return arch.slice(0, 'riscv64'.length)
  if (arch === 'i586') return 'i686'
  return arch
}

/**
 * The prefix of the GNU-style tools for a target (`aarch64-linux-gnu`, `arm-linux-gnueabihf`,
 * `x86_64-w64-mingw32`), as Debian's cross packages, MinGW-w64 and cc-rs name them; null when
 * there is no such convention (Apple, MSVC, bare metal, wasm).
 */
export function gnuPrefix(triple: string): string | null {
  const { arch, os, env } = parseTriple(triple)
  if (os === 'linux' && /^(gnu|musl)/.test(env)) return `${gnuArch(arch)}-linux-${env}`
  if (windowsGnu(triple) !== null) return `${gnuArch(arch)}-w64-mingw32`
  return null
}
