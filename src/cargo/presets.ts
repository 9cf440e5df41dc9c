// Preset data and the target-cpu `auto` table from the contract. Pure data and lookups.
import { cpuArch, parseTriple } from '../toolchain/triples.js'

export const PRESET_NAMES = ['speed', 'size', 'balanced', 'quick', 'lambda', 'none'] as const
export type PresetName = (typeof PRESET_NAMES)[number]

/** Profile keys the action understands (in `overrides`, in user profiles and in the `profile` output). */
export const PROFILE_KEYS = [
  'opt-level',
  'lto',
  'codegen-units',
  'panic',
  'strip',
  'debug',
  'split-debuginfo',
  'debug-assertions',
  'overflow-checks',
  'incremental',
  'rpath'
] as const
export type ProfileKey = (typeof PROFILE_KEYS)[number]
export type ProfileValue = string | number | boolean
export type ProfileValues = Partial<Record<ProfileKey, ProfileValue>>

interface Preset {
  profile: ProfileValues
  /** Which column of the target-cpu `auto` table applies; null: no target-cpu under `auto`. */
  cpuTable: 'default' | 'lambda' | null
}

const FAST = { 'codegen-units': 1, panic: 'abort', strip: 'symbols', debug: false } as const

export const PRESETS: Record<PresetName, Preset> = {
  speed: { profile: { 'opt-level': 3, lto: 'fat', ...FAST }, cpuTable: 'default' },
  size: { profile: { 'opt-level': 'z', lto: 'fat', ...FAST }, cpuTable: null },
  balanced: { profile: { 'opt-level': 's', lto: 'fat', ...FAST }, cpuTable: 'default' },
  quick: { profile: { 'opt-level': 3, lto: 'thin', strip: 'symbols' }, cpuTable: 'default' },
  lambda: {
    profile: { lto: 'thin', 'codegen-units': 1, panic: 'abort', strip: 'symbols' },
    cpuTable: 'lambda'
  },
  none: { profile: {}, cpuTable: null }
}

/**
 * The CPU `target-cpu: auto` picks for a target under a preset, or null for none. x86_64 Apple
 * gets none: its binaries often run under Rosetta, which lacks AVX2 before macOS 15, and GitHub's
 * Intel macOS VMs report no AVX2.
 */
export function autoTargetCpu(preset: PresetName, triple: string): string | null {
  const table = PRESETS[preset].cpuTable
  if (table === null) return null
  const arch = cpuArch(triple)
  const { os } = parseTriple(triple)
  if (arch === 'x86_64' && (os === 'linux' || os === 'windows'))
    return table === 'lambda' ? 'haswell' : 'x86-64-v3'
  if (arch === 'aarch64' && os === 'linux') return 'neoverse-n1'
  if (arch === 'aarch64' && os === 'macos') return 'apple-m1'
  return null
}

/** Why `target-cpu: auto` leaves a target without a CPU that users may expect one for, or null. */
export function autoCpuNote(preset: PresetName, triple: string): string | null {
  if (PRESETS[preset].cpuTable === null) return null
  if (cpuArch(triple) !== 'x86_64' || parseTriple(triple).vendor !== 'apple') return null
  return `\`${triple}\`: no target-cpu under \`auto\`: x86_64 macOS binaries often run under Rosetta, which lacks AVX2 before macOS 15, and GitHub's Intel macOS VMs report no AVX2. Set \`target-cpu\` to choose one.`
}

/** Plain-words description of the oldest CPU that runs code built for `cpu`. */
export function cpuFloor(cpu: string): string {
  const known: Record<string, string> = {
    'x86-64-v3':
      'x86-64-v3: AVX2, BMI1/2, FMA, MOVBE (Intel Haswell 2013+, AMD Excavator/Zen 2015+)',
    haswell: 'Intel Haswell: AVX2, BMI1/2, FMA (Intel 2013+, AMD Zen+)',
    'x86-64-v2': 'x86-64-v2: SSE4.2, POPCNT (Intel Nehalem 2008+, AMD Bulldozer 2011+)',
    'x86-64-v4': 'x86-64-v4: AVX-512 (Intel Skylake-SP/Ice Lake+, AMD Zen 4+)',
    'neoverse-n1': 'Arm Neoverse N1: Armv8.2-A with LSE atomics (AWS Graviton2+, Ampere Altra)',
    'apple-m1': 'Apple M1 or newer'
  }
  return known[cpu] ?? cpu
}
