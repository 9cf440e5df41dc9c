// Profile-guided optimization decisions: flags, the training environment, which llvm-profdata,
// how much the profile covered, and what a benchmark says. Pure.
import path from 'node:path'
import type { Diagnostic } from '../cargo/messages.js'

/** How the run uses PGO (from the inputs). */
export type PgoMode =
  { kind: 'train'; lines: { text: string; argv: string[] }[] } | { kind: 'profile'; path: string }

/** rustflags of the instrumented build; profiles go to `profileDir`. */
export function instrumentFlags(profileDir: string): string[] {
  return [`-Cprofile-generate=${profileDir}`]
}

/** rustflags of the optimized build: the merged profile, and a warning per function it lacks. */
export function useFlags(profdata: string): string[] {
  return [`-Cprofile-use=${profdata}`, '-Cllvm-args=-pgo-warn-missing-function']
}

/**
 * LLVM_PROFILE_FILE for training: `%m` (the binary's signature) and `%p` (the process id) keep
 * parallel and repeated processes apart; each writes its own raw profile.
 */
export function profileFileEnv(profileDir: string): Record<string, string> {
  return { LLVM_PROFILE_FILE: path.join(profileDir, 'rust-optimize-%m-%p.profraw') }
}

/** `LLVM version: 22.1.2` in `rustc -vV` → 22; null when not shown. */
export function rustcLlvmMajor(versionText: string): number | null {
  const m = /^LLVM version: (\d+)\./m.exec(versionText)
  return m === null ? null : Number(m[1])
}

/** `llvm-profdata --version` output (`LLVM version 14.0.6`, `Ubuntu LLVM version 18.1.3`) → major. */
export function toolLlvmMajor(versionOutput: string): number | null {
  const m = /LLVM version:? (\d+)\./.exec(versionOutput)
  return m === null ? null : Number(m[1])
}

/** The first bytes of an indexed (merged) profile: `\xfflprofi\x81`. */
const INDEXED_MAGIC = Buffer.from([0xff, 0x6c, 0x70, 0x72, 0x6f, 0x66, 0x69, 0x81])

/** Whether a file starts like a merged `.profdata` (the indexed format rustc reads). */
export function isIndexedProfile(head: Buffer): boolean {
  return head.subarray(0, 8).equals(INDEXED_MAGIC)
}

const MISSING = /no profile data available for function/
const INVALID =
  /(invalid|malformed|unsupported) instrumentation profile|profile data may be corrupted/i

export interface UseCheck {
  /** Functions rustc found no profile data for (cargo-pgo's coverage count). */
  missingFunctions: number
  /** rustc's warning that it ignored the profile, when it did. */
  ignored: string | null
}

/**
 * Reads the optimized build's diagnostics: coverage, and whether rustc ignored the profile (it only
 * warns, naming the file: "invalid instrumentation profile data (bad magic)", "malformed ...").
 */
export function checkUseDiagnostics(diagnostics: Diagnostic[], profiles: string[]): UseCheck {
  let missingFunctions = 0
  let ignored: string | null = null
  for (const d of diagnostics) {
    if (d.level !== 'warning') continue
    if (MISSING.test(d.message)) missingFunctions++
    else if (
      ignored === null &&
      (INVALID.test(d.message) || profiles.some((p) => d.message.startsWith(`${p}:`)))
    )
      ignored = d.message.trim()
  }
  return { missingFunctions, ignored }
}

/** Whether a diagnostic is one of PGO's per-function notes (counted, not logged one by one). */
export function isPgoNoise(d: Diagnostic): boolean {
  return d.level === 'warning' && MISSING.test(d.message)
}

export interface ToolCandidate {
  path: string
  /** Its LLVM major version, when known. */
  major: number | null
  /** Where it was found, in words. */
  origin: string
}

/**
 * Picks llvm-profdata: the first candidate of rustc's LLVM major; else the first of any other
 * version (it may still read the raw format; a mismatch is then reported when merging). Null: none.
 */
export function chooseProfdata(
  candidates: ToolCandidate[],
  major: number | null
): { tool: ToolCandidate; matches: boolean } | null {
  const exact = candidates.find((c) => major !== null && c.major === major)
  if (exact !== undefined) return { tool: exact, matches: true }
  const other = candidates[0]
  return other === undefined ? null : { tool: other, matches: major === null }
}

/** What to install when no llvm-profdata was found. */
export function installAdvice(major: number | null, rustup: boolean): string {
  const component = rustup
    ? "run 'rustup component add llvm-tools' (older toolchains: 'llvm-tools-preview') before this step"
    : 'install the llvm-tools component of your toolchain'
  const apt =
    major === null
      ? "install an llvm-profdata matching rustc's LLVM on PATH"
      : `install llvm-profdata of LLVM ${major} on PATH as 'llvm-profdata-${major}' (Debian/Ubuntu: the 'llvm-${major}' package, from apt.llvm.org if your release lacks it)`
  return `${component}, or ${apt}`
}

export interface Comparison {
  line: string
  /** Median of the per-round ratios PGO / without PGO (below 1: PGO is faster). */
  ratio: number
  /** Smallest and largest per-round ratio. */
  low: number
  high: number
  /** True when the ratios straddle 1: the difference is within the noise. */
  withinNoise: boolean
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** Per line: the ratio of PGO's time to the time without PGO, round by round. */
export function compareTimes(lines: string[], pgo: number[][], plain: number[][]): Comparison[] {
  return lines.map((line, i) => {
    const ratios = pgo[i].map((t, r) => (plain[i][r] > 0 ? t / plain[i][r] : 1))
    const low = Math.min(...ratios)
    const high = Math.max(...ratios)
    return { line, ratio: median(ratios), low, high, withinNoise: low <= 1 && high >= 1 }
  })
}

/** A comparison in words: `0.88× (0.85–0.91)`, and whether it is noise or slower. */
export function describeComparison(c: Comparison): string {
  const f = (n: number): string => n.toFixed(2)
  const verdict = c.withinNoise
    ? 'within the noise'
    : c.ratio < 1
      ? `${((1 - c.ratio) * 100).toFixed(1)}% less time`
      : `SLOWER by ${((c.ratio - 1) * 100).toFixed(1)}%: the training did not cover this path`
  return `${f(c.ratio)}× (${f(c.low)}–${f(c.high)}), ${verdict}`
}
