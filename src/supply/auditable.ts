// `auditable: true`: each artifact carries its dependency tree in cargo-auditable's format, as a
// `.dep-v0` section of zlib-compressed JSON (not loaded at run time), where `cargo audit bin`,
// Trivy, Syft and Grype look for it. It is added to the shipped file after the link, with objcopy
// (the toolchain's rust-objcopy, else binutils), so the compilation is untouched and sccache caches
// it as before. ELF only: the settings refuse other targets before anything is built.
import { chmodSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { deflateSync } from 'node:zlib'
import type { Env } from '../env.js'
import { sha256File } from '../hash.js'
import type { Logger } from '../logger.js'
import type { Artifact } from '../report/sizes.js'
import { findObjcopy, runTool, symbolFamily, type Tool } from '../cargo/debug-symbols.js'
import { depV0 } from './dep-v0.js'
import { unknownPackage, type ShippedUnits, type TargetMetadata } from './metadata.js'

export const DEP_V0_SECTION = '.dep-v0'

/** objcopy's arguments: any list already there (a build cargo did not relink) is replaced. Pure. */
export function embedArgs(data: string, input: string, output: string): string[] {
  return [
    `--remove-section=${DEP_V0_SECTION}`,
    `--add-section=${DEP_V0_SECTION}=${data}`,
    input,
    output
  ]
}

/** Embeds the dependency list into every artifact; returns them re-measured, `auditable` set. */
export async function embedDependencyLists(o: {
  artifacts: Artifact[]
  units: ShippedUnits
  metadata: TargetMetadata
  host: string
  env: Env
  logger: Logger
}): Promise<Artifact[]> {
  const tools = new Map<string, Tool | null>()
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'rust-optimize-dep-v0-'))
  try {
    const out: Artifact[] = []
    for (const a of o.artifacts) {
      if (a.kind === 'staticlib') {
        o.logger.info(
          `auditable: ${a.target}/${a.name} is a static library: no list (a section in an archive does not reach the program that links it)`
        )
        out.push({ ...a, auditable: null })
        continue
      }
      if (symbolFamily(a.target) !== 'elf')
        throw new Error(
          `auditable: ${a.target} does not build ELF files; ${a.name} cannot carry a ${DEP_V0_SECTION} section`
        )
      const id = o.units.packageOf(a.path)
      const list =
        id === undefined
          ? null
          : depV0(await o.metadata.of(a.target), id, o.units.unitsOf(a.target))
      if (list === null) throw unknownPackage('auditable', a.path)
      if (!tools.has(a.target)) tools.set(a.target, await findObjcopy(a.target, o.host, o.env))
      const tool = tools.get(a.target) ?? null
      if (tool === null)
        throw new Error(
          `auditable: no objcopy for ${a.target}: neither the toolchain's rust-objcopy nor binutils' objcopy runs`
        )
      const data = path.join(scratch, `${out.length}.z`)
      const compressed = deflateSync(JSON.stringify(list), { level: 9 })
      writeFileSync(data, compressed)
      const temp = path.join(path.dirname(a.path), `.${path.basename(a.path)}.dep-v0`)
      const mode = statSync(a.path).mode
      try {
        await runTool(tool, embedArgs(data, a.path, temp), path.dirname(a.path))
        chmodSync(temp, mode)
        // A new file in its place: cargo's hard link under deps/ keeps the linker's bytes.
        renameSync(temp, a.path)
      } catch (error) {
        rmSync(temp, { force: true })
        throw new Error(`auditable: ${a.target}/${a.name}: ${(error as Error).message}`, {
          cause: error
        })
      }
      const build = list.packages.filter((p) => p.kind === 'build').length
      const crates = list.packages.length - 1
      o.logger.info(
        `auditable: ${a.target}/${a.name}: ${crates} crates (${build} build-time) in ${DEP_V0_SECTION}, ${compressed.length} bytes (${path.basename(tool.program)})`
      )
      out.push({
        ...a,
        size: statSync(a.path).size,
        sha256: await sha256File(a.path),
        auditable: { crates, build, bytes: compressed.length }
      })
    }
    return out
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}
