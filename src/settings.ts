// Every input is read here, once, into a typed Settings object; inputs with a parser of their own
// have it in their room (inputs.ts holds the shared ones). Nothing else reads inputs. Errors name
// the input, repeat the value and say what is accepted.
import { readSizeBreakdown } from './breakdown/inputs.js'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { PRESET_NAMES, type PresetName, type ProfileValues } from './cargo/presets.js'
import { validateProfileValue, isProfileKey } from './cargo/profile-values.js'
import { TRIPLE_PATTERN } from './toolchain/triples.js'
import { bool, InputError, lowerBool, oneOf, splitList, words, type InputReader } from './inputs.js'
import { parseTargetCpu, type TargetCpu } from './cargo/target-cpu.js'
import { parseSizeBudget, type SizeBudget } from './report/size-budget.js'
import { parsePgoInputs, type PgoInputs } from './pgo/inputs.js'
import { SAVE_CACHE_MODES, saveCachePolicy } from './sccache/key.js'
import { parseTuneInputs, type TuneSettings } from './tune/inputs.js'
import { parseAuditable } from './supply/inputs.js'
import { parseWarmCache, type WarmCacheMode } from './warm/inputs.js'

export { InputError, splitList, type InputReader } from './inputs.js'

export const INPUT_DEFAULTS: Record<string, string> = {
  'working-directory': '.',
  'manifest-path': '',
  package: '',
  bin: '',
  features: '',
  'all-features': 'false',
  'no-default-features': 'false',
  locked: 'false',
  'cargo-args': '',
  toolchain: '',
  targets: '',
  preset: 'speed',
  profile: 'release',
  overrides: '',
  'respect-user-profile': 'true',
  'target-cpu': 'auto',
  rustflags: '',
  'cross-linker': 'auto',
  sccache: 'true',
  'sccache-backend': 'local',
  'sccache-version': 'v0.17.0',
  'cache-key': '',
  'save-cache': 'auto',
  baseline: 'auto',
  comment: 'auto',
  'comment-key': '',
  'github-token': '',
  'size-budget': '',
  'debug-symbols': 'false',
  'size-breakdown': 'true',
  'pgo-train': '',
  'pgo-profile': '',
  tune: 'none',
  'tune-min-gain': '1%',
  benchmark: '',
  'warm-cache': 'auto',
  sbom: 'false',
  auditable: 'false'
}

export interface Settings {
  workingDirectory: string
  /** Absolute path of the manifest, or null to let cargo find it from workingDirectory. */
  manifestPath: string | null
  packages: string[]
  bins: string[]
  features: string[]
  allFeatures: boolean
  noDefaultFeatures: boolean
  locked: boolean
  cargoArgs: string[]
  toolchain: string | null
  /** Requested triples; empty means the host triple. */
  targets: string[]
  preset: PresetName
  profile: string
  overrides: ProfileValues
  respectUserProfile: boolean
  targetCpu: TargetCpu
  rustflags: string[]
  crossLinker: 'auto' | 'none'
  sccache: boolean
  sccacheBackend: 'local' | 'gha' | 'env'
  sccacheVersion: string
  cacheKey: string
  /** Whether this run saves caches: `save-cache` resolved against the event. */
  saveCache: boolean
  /** Why this run saves no caches (null when it does). */
  saveCacheNote: string | null
  baseline: 'auto' | 'profile' | 'none'
  comment: 'auto' | 'true' | 'false'
  commentKey: string
  githubToken: string
  sizeBudget: SizeBudget | null
  debugSymbols: boolean
  /** size-breakdown: code size per crate, and the debug weight of shipped files. */
  sizeBreakdown: boolean
  /** Profile-guided optimization: train in this run, or build with a given profile; null: off. */
  pgo: PgoInputs['pgo']
  /** `benchmark` command lines. */
  benchmark: PgoInputs['benchmark']
  /** `tune`. */
  tune: TuneSettings
  /** `warm-cache`, before the deprecated variable is taken into account (see resolveWarmCache). */
  warmCache: WarmCacheMode
  /** `sbom`: a CycloneDX SBOM beside each artifact. */
  sbom: boolean
  /** `auditable`: the dependency list in a `.dep-v0` section of each artifact (ELF). */
  auditable: boolean
}

const TOOLCHAIN = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/
const PROFILE_NAME = /^[A-Za-z0-9_-]+$/

/** cargo-args options that an input sets: cargo rejects them twice, or they would mislead the run. */
const OWNED_BY_INPUTS: [RegExp, string][] = [
  [/^(--release|-r)$/, "the 'profile' input selects the profile ('release' by default)"],
  [/^--profile(=|$)/, "use the 'profile' input"],
  [/^--target(=|$)/, "use the 'targets' input"],
  [/^--manifest-path(=|$)/, "use the 'manifest-path' input"]
]

function cargoArgs(raw: string): string[] {
  const args = words('cargo-args', raw)
  for (const arg of args) {
    const owned = OWNED_BY_INPUTS.find(([re]) => re.test(arg))
    if (owned !== undefined) {
      throw new InputError(
        'cargo-args',
        raw,
        `'${arg}' is set by the action; ${owned[1]}. cargo-args takes other 'cargo build' arguments`
      )
    }
  }
  return args
}

export function parseTargets(raw: string, cwd: string): string[] {
  const targets = splitList(raw)
  for (const t of targets) {
    const isJsonSpec = t.endsWith('.json') && existsSync(path.resolve(cwd, t))
    if (!isJsonSpec && !TRIPLE_PATTERN.test(t)) {
      throw new InputError(
        'targets',
        raw,
        `'${t}' is not a target triple; expected triples such as 'x86_64-unknown-linux-gnu' or 'aarch64-apple-darwin', separated by whitespace, commas or newlines`
      )
    }
  }
  return [...new Set(targets)]
}

export function parseOverrides(raw: string): ProfileValues {
  if (raw.trim() === '') return {}
  let table: Record<string, unknown>
  try {
    table = parseToml(raw) as Record<string, unknown>
  } catch (error) {
    const first = (error as Error).message.split('\n')[0]
    throw new InputError('overrides', raw, `expected TOML 'key = value' lines (${first})`)
  }
  const result: ProfileValues = {}
  for (const [key, value] of Object.entries(table)) {
    if (!isProfileKey(key)) {
      throw new InputError(
        'overrides',
        raw,
        `unknown profile key '${key}'; expected opt-level, lto, codegen-units, panic, strip, debug, split-debuginfo, debug-assertions, overflow-checks, incremental or rpath`
      )
    }
    const problem = validateProfileValue(key, value)
    if (problem !== null) throw new InputError('overrides', raw, `'${key}': ${problem}`)
    result[key] = value as string | number | boolean
  }
  return result
}

function existingDir(input: string, raw: string, dir: string): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new InputError(input, raw, `expected an existing directory (looked for ${dir})`)
  }
  return dir
}

function findManifest(
  workingDirectory: string,
  manifestRaw: string
): { manifestPath: string | null } {
  if (manifestRaw.trim() !== '') {
    const manifest = path.resolve(workingDirectory, manifestRaw.trim())
    if (!existsSync(manifest) || !statSync(manifest).isFile()) {
      throw new InputError(
        'manifest-path',
        manifestRaw,
        `expected the path of an existing Cargo.toml relative to working-directory (looked for ${manifest})`
      )
    }
    return { manifestPath: manifest }
  }
  for (let dir = workingDirectory; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'Cargo.toml'))) return { manifestPath: null }
    if (path.dirname(dir) === dir) break
  }
  throw new InputError(
    'working-directory',
    workingDirectory,
    'expected a directory of a Cargo project: no Cargo.toml there or above it (set manifest-path to point at one)'
  )
}

/**
 * Parses and validates every input. `baseDir` resolves a relative working-directory
 * (the runner's workspace, or the CLI's current directory).
 */
export function parseSettings(
  read: InputReader,
  baseDir: string,
  eventName: string = process.env.GITHUB_EVENT_NAME ?? ''
): Settings {
  const input = (name: string): string => {
    const raw = read(name)
    return raw === '' ? (INPUT_DEFAULTS[name] ?? '') : raw
  }
  const wdRaw = input('working-directory')
  const workingDirectory = existingDir('working-directory', wdRaw, path.resolve(baseDir, wdRaw))
  const { manifestPath } = findManifest(workingDirectory, input('manifest-path'))

  const toolchainRaw = input('toolchain').trim()
  if (toolchainRaw !== '' && !TOOLCHAIN.test(toolchainRaw)) {
    throw new InputError(
      'toolchain',
      toolchainRaw,
      "expected a rustup toolchain name such as 'stable', '1.85' or 'nightly-2026-01-01'"
    )
  }
  const profile = input('profile').trim()
  if (!PROFILE_NAME.test(profile)) {
    throw new InputError(
      'profile',
      profile,
      "expected a cargo profile name such as 'release' or 'dist'"
    )
  }
  const sccacheVersion = input('sccache-version').trim()
  if (!/^v?\d+\.\d+\.\d+(-[A-Za-z0-9.]+)?$/.test(sccacheVersion)) {
    throw new InputError(
      'sccache-version',
      sccacheVersion,
      "expected a release version such as 'v0.17.0'"
    )
  }
  const targets = parseTargets(input('targets'), workingDirectory)
  return {
    workingDirectory,
    manifestPath,
    packages: splitList(input('package')),
    bins: splitList(input('bin')),
    features: splitList(input('features')),
    allFeatures: bool('all-features', input('all-features')),
    noDefaultFeatures: bool('no-default-features', input('no-default-features')),
    locked: bool('locked', input('locked')),
    cargoArgs: cargoArgs(input('cargo-args')),
    toolchain: toolchainRaw === '' ? null : toolchainRaw,
    targets,
    preset: oneOf('preset', input('preset'), PRESET_NAMES),
    profile,
    overrides: parseOverrides(read('overrides')),
    respectUserProfile: bool('respect-user-profile', input('respect-user-profile')),
    targetCpu: parseTargetCpu(input('target-cpu')),
    rustflags: words('rustflags', input('rustflags')),
    crossLinker: oneOf('cross-linker', input('cross-linker'), ['auto', 'none'] as const),
    sccache: bool('sccache', input('sccache')),
    sccacheBackend: oneOf('sccache-backend', input('sccache-backend'), [
      'local',
      'gha',
      'env'
    ] as const),
    sccacheVersion: sccacheVersion.startsWith('v') ? sccacheVersion : `v${sccacheVersion}`,
    cacheKey: input('cache-key').trim(),
    ...saveCachePolicy(
      oneOf('save-cache', lowerBool(input('save-cache')), SAVE_CACHE_MODES),
      eventName
    ),
    baseline: oneOf('baseline', input('baseline'), ['auto', 'profile', 'none'] as const),
    comment: oneOf('comment', input('comment'), ['auto', 'true', 'false'] as const),
    commentKey: input('comment-key').trim(),
    githubToken: read('github-token').trim(),
    sizeBudget: parseSizeBudget(input('size-budget')),
    debugSymbols: bool('debug-symbols', input('debug-symbols')),
    sizeBreakdown: readSizeBreakdown(input),
    ...parsePgoInputs(read, workingDirectory, targets),
    tune: parseTuneInputs(read),
    warmCache: parseWarmCache(input('warm-cache')),
    sbom: bool('sbom', input('sbom')),
    auditable: parseAuditable(input('auditable'), targets, process.platform)
  }
}
