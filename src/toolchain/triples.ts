// Target triples: their shape, their parts, and the names other tools give them. Pure.
import path from 'node:path'

/** A target triple as rustc spells it (`x86_64-unknown-linux-gnu`, `thumbv8m.main-none-eabi`). */
export const TRIPLE_PATTERN = /^[a-z0-9_]+(\.[a-z0-9_]+)?(-[a-z0-9_.]+){1,3}$/

export type RunnerOs = 'linux' | 'macos' | 'windows' | 'other'

/** The architecture part of a triple (`aarch64` of `aarch64-apple-darwin`). */
export function tripleArch(triple: string): string {
  return triple.split('-')[0]
}

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

export function runnerOs(host: string): RunnerOs {
  if (host.includes('-linux-')) return 'linux'
  if (host.endsWith('-apple-darwin')) return 'macos'
  if (host.includes('-windows-')) return 'windows'
  return 'other'
}

export interface GnuCross {
  /** GNU triplet of the cross tools (`aarch64-linux-gnu-gcc`). */
  prefix: string
  /** Debian multiarch directory (`/usr/lib/<multiarch>`). */
  multiarch: string
  libcDev: string
}

/** Linux gnu targets served by Debian/Ubuntu cross toolchains (gcc-<prefix>, g++-<prefix>). */
export const LINUX_GNU_CROSS: Record<string, GnuCross> = {
  'aarch64-unknown-linux-gnu': {
    prefix: 'aarch64-linux-gnu',
    multiarch: 'aarch64-linux-gnu',
    libcDev: 'libc6-dev-arm64-cross'
  },
  'armv7-unknown-linux-gnueabihf': {
    prefix: 'arm-linux-gnueabihf',
    multiarch: 'arm-linux-gnueabihf',
    libcDev: 'libc6-dev-armhf-cross'
  },
  'riscv64gc-unknown-linux-gnu': {
    prefix: 'riscv64-linux-gnu',
    multiarch: 'riscv64-linux-gnu',
    libcDev: 'libc6-dev-riscv64-cross'
  },
  'i686-unknown-linux-gnu': {
    prefix: 'i686-linux-gnu',
    multiarch: 'i386-linux-gnu',
    libcDev: 'libc6-dev-i386-cross'
  },
  'x86_64-unknown-linux-gnu': {
    prefix: 'x86_64-linux-gnu',
    multiarch: 'x86_64-linux-gnu',
    libcDev: 'libc6-dev-amd64-cross'
  },
  'powerpc64le-unknown-linux-gnu': {
    prefix: 'powerpc64le-linux-gnu',
    multiarch: 'powerpc64le-linux-gnu',
    libcDev: 'libc6-dev-ppc64el-cross'
  },
  's390x-unknown-linux-gnu': {
    prefix: 's390x-linux-gnu',
    multiarch: 's390x-linux-gnu',
    libcDev: 'libc6-dev-s390x-cross'
  }
}

/**
 * The GNU binutils prefix for a triple: Debian's name for the targets of the cross table
 * (armv7-unknown-linux-gnueabihf → arm-linux-gnueabihf), else the triple without its vendor
 * (aarch64-unknown-linux-musl → aarch64-linux-musl).
 */
export function gnuPrefix(triple: string): string {
  const known = LINUX_GNU_CROSS[triple]
  if (known !== undefined) return known.prefix
  const [arch, , ...rest] = triple.split('-')
  return [arch, ...rest].join('-')
}
