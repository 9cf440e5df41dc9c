// Which crate a piece of code came from, from its symbol name or, for names that are not Rust's,
// the object file the linker took it from. Pure.
import { demangle } from './demangle.js'

/** The entry that std, core, alloc and the sysroot's own helper crates fold into. */
export const STD = 'std'
export const UNKNOWN = '[unknown]'

/** Crates rustc's sysroot links into every program: folded into `std` unless cargo built them. */
const SYSROOT_CRATES = new Set([
  'std',
  'core',
  'alloc',
  'std_detect',
  'panic_abort',
  'panic_unwind',
  'unwind',
  'compiler_builtins',
  'rustc_demangle',
  'addr2line',
  'gimli',
  'object',
  'miniz_oxide',
  'adler',
  'adler2',
  'hashbrown',
  'memchr',
  'cfg_if',
  'libc',
  'rustc_std_workspace_core',
  'rustc_std_workspace_alloc',
  'rustc_std_workspace_std',
  'proc_macro',
  'profiler_builtins',
  'wasi',
  'r_efi'
])

/** `my-crate` and `my_crate` are one crate: rustc sees every crate name with underscores. */
export const crateKey = (name: string): string => name.replace(/-/g, '_')

/**
 * The crate names cargo reported for the build, by their rustc spelling, each shown as cargo
 * reported it first (a package's library target, which cargo names with underscores, or a bin).
 */
export function knownCrates(reported: string[]): Map<string, string> {
  const known = new Map<string, string>()
  for (const name of reported) if (!known.has(crateKey(name))) known.set(crateKey(name), name)
  return known
}

/** The report's entry for one crate name found in code: cargo's name, `std`, or null. */
function resolve(name: string, known: Map<string, string>): string | null {
  const key = crateKey(name)
  const shown = known.get(key)
  if (shown !== undefined) return shown
  return SYSROOT_CRATES.has(key) ? STD : null
}

/**
 * The crate a symbol's code belongs to. A generic instance counts for the crate that defines it
 * (`core::ptr::drop_in_place::<regex::Regex>` is `std`); `<A as B>` counts for the crate that
 * holds the impl: the one v0 names, or for legacy names the type's crate unless that is std's,
 * then the trait's. Null when the name is not Rust's or names no crate of the build.
 */
export function crateOfSymbol(symbol: string, known: Map<string, string>): string | null {
  const d = demangle(symbol)
  if (d === null) return null
  const found = d.crates.map((c) => resolve(c, known)).filter((c): c is string => c !== null)
  return found.find((c) => c !== STD) ?? found[0] ?? null
}

/**
 * The crate an input file of the link holds, for code without a Rust name (C parts, `main`):
 * `…/deps/libregex-0123abcd.rlib(…)` is `regex`, a file of the toolchain's `lib/rustlib` is `std`.
 */
export function crateOfFile(file: string, known: Map<string, string>): string {
  const norm = file.replace(/\\/g, '/')
  const rlib = /(?:^|\/)lib([A-Za-z0-9_]+)-[0-9a-f]+\.rlib(?:\(|$)/.exec(norm)
  if (/\/lib\/rustlib\//.test(norm)) return STD
  if (rlib !== null) return resolve(rlib[1], known) ?? UNKNOWN
  return UNKNOWN
}

/** The crate of one piece of code: its symbol's, else its input file's. */
export function crateOf(symbol: string | null, file: string, known: Map<string, string>): string {
  const bySymbol = symbol === null ? null : crateOfSymbol(symbol, known)
  return bySymbol ?? crateOfFile(file, known)
}
