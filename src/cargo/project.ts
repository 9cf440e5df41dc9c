// Reads what cargo will read: workspace metadata, the root manifest and every config file,
// without changing any of them.
import type { Env } from '../env.js'
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse as parseToml } from 'smol-toml'
import { ExecError } from '../exec.js'
import { metadataCall, takeOrRun } from '../toolchain/early.js'
import { unknownProfileError, type ProfileSource } from './profile.js'
import { configArgs } from './rustflags-probe.js'

export interface ConfigFile {
  path: string
  data: Record<string, unknown>
}

/**
 * Where a config file sets `build.<name>`, in words (`build.<name> in <path>`): the first that does,
 * or null. Pure.
 */
export function configuredBuild(configs: ConfigFile[], name: string): string | null {
  for (const c of configs) {
    const build = c.data.build
    if (typeof build === 'object' && build !== null && name in build)
      return `build.${name} in ${c.path}`
  }
  return null
}

export interface WorkspaceMember {
  name: string
  id: string
  manifestPath: string
}

export interface Project {
  workspaceRoot: string
  targetDirectory: string
  members: WorkspaceMember[]
  rootManifest: Record<string, unknown>
  /** Config files cargo reads, lowest precedence first (CARGO_HOME, then outermost to innermost). */
  configs: ConfigFile[]
}

/**
 * The `--config` values of cargo-args as config files (inline `key=value`, or a TOML file relative
 * to `cwd`), in their order; cargo ranks them above every config file.
 */
export function cliConfigs(cargoArgs: string[], cwd: string): ConfigFile[] {
  const values = configArgs(cargoArgs)
    .filter((a) => a !== '--config')
    .map((a) => a.replace(/^--config=/, ''))
  const out: ConfigFile[] = []
  for (const value of values) {
    try {
      const file = path.resolve(cwd, value)
      const text = !value.includes('=') && existsSync(file) ? readFileSync(file, 'utf8') : value
      out.push({ path: `--config ${value}`, data: parseToml(text) as Record<string, unknown> })
    } catch {
      // cargo reports a malformed --config itself
    }
  }
  return out
}

function readToml(file: string): Record<string, unknown> {
  try {
    return parseToml(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch (error) {
    throw new Error(`Could not parse ${file}: ${(error as Error).message.split('\n')[0]}`, {
      cause: error
    })
  }
}

/** Config files cargo reads from `cwd`, in increasing precedence. */
export function discoverConfigFiles(cwd: string, env: Env): string[] {
  // A relative CARGO_HOME is relative to cargo's working directory.
  const cargoHome = path.resolve(cwd, env.CARGO_HOME || path.join(os.homedir(), '.cargo'))
  const found: string[] = []
  // When both exist, cargo reads the legacy `config` (and warns), not `config.toml`.
  const pick = (dir: string): string | undefined =>
    ['config', 'config.toml'].map((f) => path.join(dir, f)).find((f) => existsSync(f))
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const cargoDir = path.join(dir, '.cargo')
    if (path.resolve(cargoDir) !== cargoHome) {
      const file = pick(cargoDir)
      if (file !== undefined) found.unshift(file)
    }
    if (path.dirname(dir) === dir) break
  }
  const home = pick(cargoHome)
  if (home !== undefined) found.unshift(home)
  return found
}

/**
 * Profile sources in precedence order for the profile resolver; `cli`: the `--config` values of
 * cargo-args, which cargo ranks above everything else.
 */
export function profileSources(project: Project, cli: ConfigFile[] = []): ProfileSource[] {
  const profilesOf = (data: Record<string, unknown>): ProfileSource['profiles'] =>
    (data.profile as ProfileSource['profiles'] | undefined) ?? {}
  return [
    { label: 'Cargo.toml', profiles: profilesOf(project.rootManifest) },
    ...project.configs.map((c) => ({ label: c.path, profiles: profilesOf(c.data) })),
    ...cli.map((c) => ({ label: c.path, profiles: profilesOf(c.data), cli: true }))
  ]
}

interface Metadata {
  workspace_root: string
  target_directory: string
  workspace_members: string[]
  packages: { name: string; id: string; manifest_path: string }[]
}

/** Every cargo config file cargo reads from `cwd` (lowest precedence first), parsed. */
export function readConfigs(cwd: string, env: Env): ConfigFile[] {
  return discoverConfigFiles(cwd, env).map((file) => ({ path: file, data: readToml(file) }))
}

/** The workspace as `cargo metadata` sees it; `configs` from readConfigs. */
export async function readProject(
  cwd: string,
  manifestPath: string | null,
  env: Env,
  configs: ConfigFile[]
): Promise<Project> {
  // The main step may have started this very call before it loaded the pipeline (early.ts).
  const call = metadataCall(cwd, manifestPath, env)
  const result = await takeOrRun(call)
  if (result.code !== 0) throw new ExecError([call.program, ...call.args].join(' '), result)
  const meta = JSON.parse(result.stdout) as Metadata
  const memberIds = new Set(meta.workspace_members)
  return {
    workspaceRoot: meta.workspace_root,
    targetDirectory: meta.target_directory,
    members: meta.packages
      .filter((p) => memberIds.has(p.id))
      .map((p) => ({ name: p.name, id: p.id, manifestPath: p.manifest_path })),
    rootManifest: readToml(path.join(meta.workspace_root, 'Cargo.toml')),
    configs
  }
}

const BUILT_IN_PROFILES = ['release', 'dev', 'bench', 'test']

/**
 * Before anything is installed: is a custom profile defined in any manifest from the project
 * directory upwards or in any config file cargo reads? (The exact check, with `inherits`, runs
 * once the workspace is known.) Throws the input error when it is defined nowhere.
 */
export function assertProfileDefined(
  profile: string,
  cwd: string,
  manifestPath: string | null,
  cargoArgs: string[],
  env: Env
): void {
  if (BUILT_IN_PROFILES.includes(profile)) return
  const files = [...discoverConfigFiles(cwd, env)]
  for (
    let dir = path.dirname(manifestPath ?? path.join(cwd, 'Cargo.toml'));
    ;
    dir = path.dirname(dir)
  ) {
    const manifest = path.join(dir, 'Cargo.toml')
    if (existsSync(manifest)) files.push(manifest)
    if (path.dirname(dir) === dir) break
  }
  const defines = (file: string): boolean => {
    try {
      const profiles = (parseToml(readFileSync(file, 'utf8')) as { profile?: object }).profile
      return profiles !== undefined && Object.hasOwn(profiles, profile)
    } catch {
      return true // unreadable here: leave the verdict to cargo and the exact check
    }
  }
  const envName = `CARGO_PROFILE_${profile.toUpperCase().replace(/-/g, '_')}_`
  const elsewhere =
    cargoArgs.some((a) => a.includes(`profile.${profile}.`)) ||
    Object.keys(env).some((k) => k.startsWith(envName))
  if (!elsewhere && !files.some(defines)) throw unknownProfileError(profile)
}
