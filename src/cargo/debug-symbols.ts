// debug-symbols: true. The build links with debug info and unstripped; afterwards each artifact's
// symbols move to a separate file next to it and the artifact is stripped to the level the profile
// would have had: Linux/ELF `<file>.debug` + .gnu_debuglink (objcopy), Apple `.dSYM`, MSVC `.pdb`.
import { existsSync } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { sha256File } from '../hash.js'
import { output, run } from '../exec.js'
import type { ProfileValue, ProfileValues } from './presets.js'
import { debugEnabled } from './profile-values.js'
import {
  planProfile,
  STRIP_SKIPPED_FOR_DEBUG,
  type MergeOptions,
  type UserProfile
} from './profile.js'
import type { Artifact } from '../report/sizes.js'
import { gnuPrefix, parseTriple } from '../toolchain/triples.js'

import type { Env } from '../env.js'
export type SymbolFamily = 'elf' | 'macho' | 'msvc' | 'unsupported'

/** Which kind of separate symbol file a target gets. Pure. */
export function symbolFamily(triple: string): SymbolFamily {
  if (triple.endsWith('.json')) return 'unsupported'
  const { arch, vendor, os, env } = parseTriple(triple)
  if (vendor === 'apple') return 'macho'
  if (os === 'windows') return env === 'msvc' ? 'msvc' : 'unsupported'
  if (arch.startsWith('wasm') || os === 'uefi' || os === 'cuda') return 'unsupported'
  return 'elf'
}

export interface DebugSymbolsPlan {
  /** Profile keys the build needs (passed to planProfile as `forced`). */
  forced: ProfileValues
  /** How far the shipped artifacts are stripped afterwards. */
  shippedStrip: 'all' | 'debug'
  warnings: string[]
}

export const FORCED_NOTE = 'debug-symbols: linked with symbols, split off after the build'

/** What the profile must contain for debug-symbols, without overriding a user's `debug`. Pure. */
export function planDebugSymbols(
  user: UserProfile,
  merge: MergeOptions,
  targets: string[]
): DebugSymbolsPlan {
  const families = new Set(targets.map(symbolFamily))
  const warnings: string[] = []
  for (const t of targets.filter((t) => symbolFamily(t) === 'unsupported')) {
    warnings.push(
      `debug-symbols: not supported for ${t} (supported: Linux and other ELF targets, Apple, Windows MSVC); its artifacts are left as built.`
    )
  }
  // The strip the artifacts would have had without debug-symbols is applied after the split. A
  // preset strip skipped only because your profile enables debug info applies too: the debug info
  // and symbols you asked for live beside the file. Only a strip you set yourself is kept.
  const plain = planProfile(user, merge)
  const skippedForDebug = plain.skipped.find(
    (s) => s.key === 'strip' && s.reason === STRIP_SKIPPED_FOR_DEBUG
  )
  const strip =
    skippedForDebug !== undefined && plain.effective.strip?.source !== 'user'
      ? skippedForDebug.preset
      : plain.effective.strip?.value
  const shippedStrip: 'all' | 'debug' = strip === 'symbols' || strip === true ? 'all' : 'debug'
  const forced: ProfileValues = {}
  const userDebug = user.settings.debug
  const overrideDebug = merge.overrides.debug
  const debug: ProfileValue | undefined = overrideDebug ?? userDebug?.value
  if (debug === undefined) forced.debug = true
  else if (!debugEnabled(debug)) {
    warnings.push(
      `debug-symbols: ${overrideDebug !== undefined ? 'the overrides input' : `your profile (${userDebug?.origin})`} sets debug = ${JSON.stringify(debug)}, so the separate symbol files hold symbol names but no source lines.`
    )
  }
  if (families.has('elf') || families.has('macho')) forced.strip = 'none'
  if (families.size === 1 && families.has('elf')) forced['split-debuginfo'] = 'off'
  if (families.size === 1 && families.has('macho')) forced['split-debuginfo'] = 'packed'
  const overriddenStrip = merge.overrides.strip
  if (forced.strip !== undefined && overriddenStrip !== undefined && overriddenStrip !== 'none') {
    warnings.push(
      `debug-symbols: the overrides input sets strip = ${JSON.stringify(overriddenStrip)}, which removes the symbols at link time; the separate files will be nearly empty.`
    )
  }
  return { forced, shippedStrip, warnings }
}

/** The objcopy calls that split an ELF file: keep-debug copy, then a stripped copy. Pure. */
export function elfSplitArgs(
  base: string,
  strip: 'all' | 'debug'
): { keep: string[]; strip: string[]; debugFile: string; temp: string } {
  const debugFile = `${base}.debug`
  const temp = `${base}.rust-optimize-stripped`
  return {
    debugFile,
    temp,
    keep: ['--only-keep-debug', base, debugFile],
    strip: [
      strip === 'all' ? '--strip-all' : '--strip-debug',
      // rustc's loaded marker section for gdb's pretty printers; rust-gdb loads them anyway.
      '--remove-section=.debug_gdb_scripts',
      `--add-gnu-debuglink=${debugFile}`,
      base,
      temp
    ]
  }
}

/** binutils' objcopy for a target: the host's own, or `<gnu prefix>-objcopy`; null when none. */
export function binutilsObjcopy(triple: string, host: string): string | null {
  if (triple === host) return 'objcopy'
  const prefix = gnuPrefix(triple)
  return prefix === null ? null : `${prefix}-objcopy`
}

/** The toolchain's own objcopy (`.exe` on a Windows host). Pure. */
export function rustObjcopyPath(sysroot: string, host: string): string {
  const exe = host.includes('-windows-') ? '.exe' : ''
  return path.join(sysroot, 'lib', 'rustlib', host, 'bin', `rust-objcopy${exe}`)
}

export interface Tool {
  program: string
  env: Env
}

async function works(tool: Tool): Promise<boolean> {
  try {
    return (await run(tool.program, ['--version'], { env: tool.env })).code === 0
  } catch {
    return false
  }
}

/**
 * An objcopy for `triple`: the toolchain's rust-objcopy (LLVM, every target; it needs the
 * toolchain's lib/ on the loader path), else binutils' objcopy for the host or `<prefix>-objcopy`.
 */
export async function findObjcopy(triple: string, host: string, env: Env): Promise<Tool | null> {
  const candidates: Tool[] = []
  try {
    const sysroot = (await output('rustc', ['--print', 'sysroot'], { env })).trim()
    const program = rustObjcopyPath(sysroot, host)
    const lib = path.join(sysroot, 'lib')
    const ld = host.includes('apple') ? 'DYLD_LIBRARY_PATH' : 'LD_LIBRARY_PATH'
    if (existsSync(program)) {
      candidates.push({
        program,
        env: { ...env, [ld]: env[ld] ? `${lib}${path.delimiter}${env[ld]}` : lib }
      })
    }
  } catch {
    // no rustc sysroot: fall back to binutils
  }
  const binutils = binutilsObjcopy(triple, host)
  if (binutils !== null) candidates.push({ program: binutils, env })
  for (const c of candidates) if (await works(c)) return c
  return null
}

export async function runTool(tool: Tool, args: string[], cwd: string): Promise<void> {
  const result = await run(tool.program, args, { cwd, env: tool.env })
  if (result.code !== 0) {
    throw new Error(
      `${path.basename(tool.program)} ${args.join(' ')} failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`
    )
  }
}

async function splitElf(a: Artifact, tool: Tool, strip: 'all' | 'debug'): Promise<string> {
  const dir = path.dirname(a.path)
  const calls = elfSplitArgs(path.basename(a.path), strip)
  await runTool(tool, calls.keep, dir)
  try {
    await runTool(tool, calls.strip, dir)
    // A new file replaces the artifact: cargo's uplifted artifact is a hard link into deps/,
    // which keeps its symbols for the next run.
    await rename(path.join(dir, calls.temp), a.path)
  } finally {
    await rm(path.join(dir, calls.temp), { force: true })
  }
  return path.join(dir, calls.debugFile)
}

async function splitMachO(
  a: Artifact,
  tool: Tool,
  strip: 'all' | 'debug',
  env: Env
): Promise<string> {
  const dsym = `${a.path}.dSYM`
  if (!existsSync(dsym))
    await runTool({ program: 'dsymutil', env }, [a.path, '-o', dsym], path.dirname(a.path))
  const temp = `${a.path}.rust-optimize-stripped`
  const flag =
    strip === 'debug' ? '--strip-debug' : a.kind === 'bin' ? '--strip-all' : '--discard-all'
  try {
    await runTool(tool, [flag, a.path, temp], path.dirname(a.path))
    await rename(temp, a.path)
  } finally {
    await rm(temp, { force: true })
  }
  return dsym
}

/** MSVC writes `<name with - as _>.pdb` next to every exe and dll. Pure. */
export function pdbPath(file: string): string {
  const stem = path.basename(file).replace(/\.(exe|dll)$/i, '')
  return path.join(path.dirname(file), `${stem.replace(/-/g, '_')}.pdb`)
}

/**
 * Splits the symbols off every artifact; returns the artifacts re-measured. Throws when an
 * artifact cannot be split: it would otherwise ship unstripped.
 */
export async function splitDebugSymbols(
  artifacts: Artifact[],
  opts: { host: string; env: Env; strip: 'all' | 'debug' }
): Promise<{ artifacts: Artifact[]; warnings: string[]; info: string[] }> {
  const warnings: string[] = []
  const info: string[] = []
  const tools = new Map<string, Tool | null>()
  const result: Artifact[] = []
  for (const a of artifacts) {
    const family = symbolFamily(a.target)
    if (family === 'unsupported' || a.kind === 'staticlib') {
      result.push(a)
      continue
    }
    let symbols: string | null = null
    if (family === 'msvc') {
      const pdb = pdbPath(a.path)
      if (existsSync(pdb)) symbols = pdb
      else warnings.push(`debug-symbols: no ${path.basename(pdb)} next to ${a.path}.`)
    } else {
      if (!tools.has(a.target))
        tools.set(a.target, await findObjcopy(a.target, opts.host, opts.env))
      const tool = tools.get(a.target) ?? null
      if (tool === null) {
        throw new Error(
          `debug-symbols: no objcopy for ${a.target}: neither the toolchain's rust-objcopy nor ${binutilsObjcopy(a.target, opts.host) ?? 'binutils for that target'} runs; ${a.name} would ship unstripped.`
        )
      }
      try {
        symbols =
          family === 'elf'
            ? await splitElf(a, tool, opts.strip)
            : await splitMachO(a, tool, opts.strip, opts.env)
      } catch (error) {
        throw new Error(`debug-symbols: ${a.target}/${a.name}: ${(error as Error).message}`, {
          cause: error
        })
      }
      info.push(`${a.target}/${a.name}: symbols in ${symbols} (${path.basename(tool.program)})`)
    }
    const size = (await stat(a.path)).size
    result.push({ ...a, size, sha256: await sha256File(a.path), debugSymbols: symbols })
  }
  return { artifacts: result, warnings, info }
}
