// The link-map wrapper: cargo runs it in front of rustc (RUSTC_WRAPPER). For a crate that links
// (bin, cdylib, dylib) for a Linux target it adds `-C link-arg=-Wl,-Map=<file>`: the linker then writes a map of the link beside the artifact,
// without changing a byte of it. Every other rustc call runs with exactly the arguments cargo
// gave, so crates compile the same and their sccache keys stay the same. Cargo's probes of rustc
// itself skip an sccache behind the wrapper: no cache can serve them.
import type { Env } from '../env.js'
import { chmod, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** The variable that names the compiler wrapper (sccache, yours) the wrapper runs in turn. */
export const INNER_WRAPPER = 'RUST_OPTIMIZE_INNER_WRAPPER'
export const MAP_DIR = 'rust-optimize-maps'

/** Targets whose links the wrapper maps: GNU-style linker drivers writing ELF. Pure. */
const MAPPED_TARGETS = /-linux-|-android/
export function mapsTarget(triple: string): boolean {
  return MAPPED_TARGETS.test(triple)
}

/** Where the map of an artifact's link is: `<artifact dir>/rust-optimize-maps/<crate>.<kind>.map`. */
export function mapFile(artifactPath: string, crate: string, kind: string): string {
  return path.join(path.dirname(artifactPath), MAP_DIR, `${crate.replace(/-/g, '_')}.${kind}.map`)
}

/** The wrapper's source, run by `node` (its absolute path in the first line). Pure. */
export function wrapperSource(node: string): string {
  return `#!${node}
'use strict'
// rust-optimize: adds a linker map to the links of this workspace's artifacts (size-breakdown).
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')
const [rustc, ...args] = process.argv.slice(2)
const value = (flag) => {
  const i = args.indexOf(flag)
  if (i >= 0) return args[i + 1]
  const joined = args.find((a) => a.startsWith(flag + '='))
  return joined === undefined ? undefined : joined.slice(flag.length + 1)
}
const types = []
args.forEach((a, i) => {
  if (a === '--crate-type') types.push(...String(args[i + 1]).split(','))
  else if (a.startsWith('--crate-type=')) types.push(...a.slice(13).split(','))
})
const linking = types.filter((t) => t === 'bin' || t === 'cdylib' || t === 'dylib')
const target = value('--target')
const outDir = value('--out-dir')
const crate = value('--crate-name')
// -Wl, is for a C compiler driver (cc, gcc, clang): a linker run directly would reject it.
const codegen = (name) => {
  const found = []
  args.forEach((a, i) => {
    const v = a === '-C' ? args[i + 1] : a.startsWith('-C') ? a.slice(2) : undefined
    if (v !== undefined && v.startsWith(name + '=')) found.push(v.slice(name.length + 1))
  })
  return found[found.length - 1]
}
const flavor = codegen('linker-flavor')
const linker = path.basename(codegen('linker') || 'cc')
const driver =
  (flavor === undefined || /^(gcc|gnu-cc|gnu-lld-cc)$/.test(flavor)) &&
  !/(^|[-.])(ld|lld|ld\\.lld|ld64\\.lld|mold|gold)(\\.exe)?$/.test(linker)
const extra = []
if (
  driver &&
  linking.length === 1 && target && outDir && crate &&
  ${MAPPED_TARGETS}.test(target) &&
  !args.some((a) => a.startsWith('--print') || a === '-')
) {
  const dir = path.join(outDir, '..', ${JSON.stringify(MAP_DIR)})
  try {
    fs.mkdirSync(dir, { recursive: true })
    extra.push('-C', 'link-arg=-Wl,-Map=' + path.join(dir, crate + '.' + linking[0] + '.map'))
  } catch {}
}
// Cargo asking rustc about itself (-vV, or a program on standard input): no compiler cache can
// keep it, so an sccache behind this wrapper is not asked at all.
const probe = (args.length === 1 && args[0] === '-vV') || args.includes('-')
const theirs = process.env.${INNER_WRAPPER}
const inner = probe && /^sccache(\\.exe)?$/.test(path.basename(theirs || '')) ? undefined : theirs
const command = inner ? [inner, rustc, ...args, ...extra] : [rustc, ...args, ...extra]
// cargo's jobserver is a pair of inherited file descriptors (CARGO_MAKEFLAGS): pass them on.
const stdio = ['inherit', 'inherit', 'inherit']
const fds = /--jobserver-(?:auth|fds)=(\\d+),(\\d+)/.exec(process.env.CARGO_MAKEFLAGS || '')
if (fds) {
  for (const fd of [Number(fds[1]), Number(fds[2])]) {
    while (stdio.length < fd) stdio.push('ignore')
    stdio[fd] = fd
  }
}
const result = spawnSync(command[0], command.slice(1), { stdio })
if (result.error) {
  process.stderr.write('rust-optimize wrapper: cannot run ' + command[0] + ': ' + result.error.message + '\\n')
  process.exit(1)
}
if (result.signal) process.kill(process.pid, result.signal)
process.exit(result.status === null ? 1 : result.status)
`
}

/** Writes the wrapper into `dir`; returns its path. */
export async function installWrapper(dir: string, node: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, 'rust-optimize-rustc-wrapper.cjs')
  await writeFile(file, wrapperSource(node))
  await chmod(file, 0o755)
  return file
}

/**
 * The variables that run the wrapper: it becomes cargo's compiler wrapper (RUSTC_WRAPPER), and a
 * wrapper already set (sccache, or yours) runs in turn with the same arguments. Cargo leaves
 * RUSTC_WRAPPER out of crates' metadata, so every crate, your own too, is compiled exactly as
 * without the wrapper. (RUSTC_WORKSPACE_WRAPPER would be cheaper, but cargo counts it in the
 * metadata of your crates, which changes symbol hashes and so, by padding, the artifact's size.)
 * Pure.
 */
export function wrapperEnv(wrapper: string, env: Env): Record<string, string> {
  const theirs = env.RUSTC_WRAPPER
  return { RUSTC_WRAPPER: wrapper, ...(theirs ? { [INNER_WRAPPER]: theirs } : {}) }
}
