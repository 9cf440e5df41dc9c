// Finding an llvm-profdata that reads rustc's raw profiles, and running it. Thin effects; the
// choices are in plan.ts.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { run } from '../exec.js'
import { chooseProfdata, installAdvice, toolLlvmMajor, type ToolCandidate } from './plan.js'

import { findOnPath, type Env } from '../env.js'

const EXE = process.platform === 'win32' ? '.exe' : ''

export interface LocateOptions {
  /** rustc's LLVM major version. */
  major: number | null
  sysroot: string
  host: string
  /** Whether rustup manages the toolchain (its llvm-tools component can be added). */
  rustup: boolean
  cwd: string
  /** The toolchain's environment (RUSTUP_TOOLCHAIN when one is selected). */
  env: Env
  log: (message: string) => void
}

export interface Profdata {
  path: string
  major: number | null
  origin: string
  /** False when its LLVM major differs from rustc's (it may still read the raw format). */
  matches: boolean
}

/** Where `rustup component add llvm-tools` puts llvm-profdata. */
function toolchainProfdata(sysroot: string, host: string): string {
  return path.join(sysroot, 'lib', 'rustlib', host, 'bin', `llvm-profdata${EXE}`)
}

async function versionOf(tool: string, env: Env): Promise<number | null> {
  try {
    const r = await run(tool, ['merge', '--version'], { env })
    return toolLlvmMajor(`${r.stdout}\n${r.stderr}`)
  } catch {
    return null
  }
}

/** Tries `rustup component add` once (no retries: where it cannot download, fall through fast). */
async function addLlvmTools(o: LocateOptions): Promise<boolean> {
  for (const component of ['llvm-tools', 'llvm-tools-preview']) {
    o.log(`rustup component add ${component}`)
    let r
    try {
      r = await run('rustup', ['component', 'add', component], {
        cwd: o.cwd,
        env: { ...o.env, RUST_BACKTRACE: '0' },
        timeoutMs: 300_000
      })
    } catch {
      return false
    }
    if (r.code === 0) return true
    const first = r.stderr.trim().split('\n')[0] ?? ''
    o.log(`  failed: ${first}`)
    if (!/unknown component|not available|does not contain component/i.test(r.stderr)) return false
  }
  return false
}

/** Versioned llvm-profdata-<n> and plain llvm-profdata on PATH, newest version first. */
function pathCandidates(env: Env): string[] {
  const pathKey = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH'
  const found: { file: string; n: number }[] = []
  for (const dir of (env[pathKey] ?? '').split(path.delimiter)) {
    if (dir === '' || !existsSync(dir)) continue
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      continue
    }
    for (const name of names) {
      const m = new RegExp(`^llvm-profdata(-(\\d+))?${EXE.replace('.', '\\.')}$`).exec(name)
      if (m !== null) found.push({ file: path.join(dir, name), n: m[2] ? Number(m[2]) : -1 })
    }
  }
  const seen = new Set<string>()
  return found
    .sort((a, b) => b.n - a.n)
    .map((f) => f.file)
    .filter((f) => !seen.has(path.basename(f)) && (seen.add(path.basename(f)), true))
}

/** Installs Debian/Ubuntu's llvm-<major> when apt has it and we may (root, or sudo without a password). */
async function aptInstall(major: number, o: LocateOptions): Promise<boolean> {
  if (process.platform !== 'linux' || findOnPath('apt-get', o.env) === null) return false
  const root = typeof process.getuid === 'function' && process.getuid() === 0
  const sudo = root ? [] : ['sudo', '-n']
  if (
    !root &&
    (findOnPath('sudo', o.env) === null ||
      (await run('sudo', ['-n', 'true'], { env: o.env })).code !== 0)
  )
    return false
  const pkg = `llvm-${major}`
  const policy = await run('apt-cache', ['policy', pkg], { env: o.env }).catch(() => null)
  if (policy === null || !/Candidate: (?!\(none\))/.test(policy.stdout)) return false
  o.log(`apt-get install ${pkg}`)
  const [program, ...args] = [...sudo, 'apt-get', 'install', '-y', '--no-install-recommends', pkg]
  const r = await run(program, args, {
    env: { ...o.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeoutMs: 600_000
  }).catch(() => null)
  return r !== null && r.code === 0
}

export class NoProfdata extends Error {
  constructor(major: number | null, rustup: boolean) {
    super(
      `PGO needs llvm-profdata${major === null ? '' : ` of LLVM ${major} (rustc's LLVM)`} to merge the training profiles, and none was found: ${installAdvice(major, rustup)}.`
    )
    this.name = 'NoProfdata'
  }
}

/**
 * The toolchain's own llvm-profdata (adding the llvm-tools component if needed); else
 * `llvm-profdata-<major>` on PATH; else Debian's `llvm-<major>` package; else another version on
 * PATH, with a warning. Throws NoProfdata when there is none.
 */
export async function locateProfdata(o: LocateOptions): Promise<Profdata> {
  const own = toolchainProfdata(o.sysroot, o.host)
  if (existsSync(own) || (o.rustup && (await addLlvmTools(o)) && existsSync(own)))
    return { path: own, major: o.major, origin: "the toolchain's llvm-tools", matches: true }

  const fromPath = async (): Promise<ToolCandidate[]> =>
    Promise.all(
      pathCandidates(o.env).map(async (file) => ({
        path: file,
        major: await versionOf(file, o.env),
        origin: 'PATH'
      }))
    )
  let choice = chooseProfdata(await fromPath(), o.major)
  if ((choice === null || !choice.matches) && o.major !== null && (await aptInstall(o.major, o))) {
    choice = chooseProfdata(await fromPath(), o.major)
  }
  if (choice === null) throw new NoProfdata(o.major, o.rustup)
  return { ...choice.tool, matches: choice.matches }
}

export class ProfileFormatMismatch extends Error {
  constructor(tool: Profdata, rustcMajor: number | null, rustup: boolean) {
    super(
      `llvm-profdata ${tool.path} (LLVM ${tool.major ?? 'unknown'}) cannot read the raw profiles of rustc (LLVM ${rustcMajor ?? 'unknown'}): unsupported instrumentation profile format version. To fix it, ${installAdvice(rustcMajor, rustup)}.`
    )
    this.name = 'ProfileFormatMismatch'
  }
}

/** `llvm-profdata merge -o <out> <dir>`; a format mismatch is reported as exactly that. */
export async function mergeProfiles(o: {
  tool: Profdata
  rawDir: string
  out: string
  env: Env
  rustcMajor: number | null
  rustup: boolean
}): Promise<void> {
  const r = await run(o.tool.path, ['merge', '-o', o.out, o.rawDir], { env: o.env })
  if (/unsupported instrumentation profile format version/.test(r.stderr))
    throw new ProfileFormatMismatch(o.tool, o.rustcMajor, o.rustup)
  if (r.code !== 0) {
    throw new Error(
      `'${o.tool.path} merge' failed with exit code ${r.code}:\n${r.stderr.trim().split('\n').slice(-10).join('\n')}`
    )
  }
}

export interface ProfileStats {
  /** Functions in the profile. */
  functions: number | null
  /** Functions the training executed. */
  executed: number | null
}

/** Counts from `llvm-profdata show` (total functions) and `show --covered` (those executed). */
export async function profileStats(tool: Profdata, file: string, env: Env): Promise<ProfileStats> {
  const total = await run(tool.path, ['show', file], { env }).catch(() => null)
  const covered = await run(tool.path, ['show', '--covered', file], { env }).catch(() => null)
  const m = total === null ? null : /Total functions: (\d+)/.exec(total.stdout)
  return {
    functions: m === null ? null : Number(m[1]),
    executed:
      covered === null || covered.code !== 0
        ? null
        : covered.stdout.split('\n').filter((l) => l.trim() !== '').length
  }
}
