// `sbom: true`: a CycloneDX JSON SBOM beside each artifact (`<artifact>.cdx.json`), listing the
// crates linked into it. The shipped build's cargo messages tell which units were compiled for each
// target; `cargo metadata` for that target and the build's features gives the resolve graph.
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import type { Env } from '../env.js'
import { ExecError, run } from '../exec.js'
import type { Logger } from '../logger.js'
import type { Artifact } from '../report/sizes.js'
import { configArgs } from '../cargo/rustflags-probe.js'
import { linkedGraph, targetUnit, tripleDirName, type CargoMetadata } from './linked.js'

/** Collects, per target, the units the shipped build compiled for it and who wrote which file. */
export class SbomUnits {
  readonly #units = new Map<string, Set<string>>()
  readonly #owners = new Map<string, string>()

  observe(line: string, triple: string): void {
    const unit = targetUnit(line, tripleDirName(triple))
    if (unit === null) return
    const set = this.#units.get(triple) ?? new Set<string>()
    set.add(unit.packageId)
    this.#units.set(triple, set)
    for (const f of unit.files) this.#owners.set(f, unit.packageId)
  }

  unitsOf(triple: string): ReadonlySet<string> {
    return this.#units.get(triple) ?? new Set()
  }

  packageOf(file: string): string | undefined {
    return this.#owners.get(file)
  }
}

/** What the metadata call reads of the settings: the build's selection of features. */
export interface SbomSettings {
  workingDirectory: string
  manifestPath: string | null
  features: string[]
  allFeatures: boolean
  noDefaultFeatures: boolean
  locked: boolean
  cargoArgs: string[]
}

/** `cargo metadata` arguments for the resolve graph of `triple` with the build's features. Pure. */
export function metadataArgs(s: SbomSettings, triple: string): string[] {
  const args = ['metadata', '--format-version', '1', '--filter-platform', triple, '--offline']
  if (s.manifestPath !== null) args.push('--manifest-path', s.manifestPath)
  if (s.features.length > 0) args.push('--features', s.features.join(','))
  if (s.allFeatures) args.push('--all-features')
  if (s.noDefaultFeatures) args.push('--no-default-features')
  if (s.locked) args.push('--locked')
  return [...args, ...configArgs(s.cargoArgs)]
}

async function readMetadata(s: SbomSettings, triple: string, env: Env): Promise<CargoMetadata> {
  const args = metadataArgs(s, triple)
  const result = await run('cargo', args, { cwd: s.workingDirectory, env })
  if (result.code !== 0) throw new ExecError(['cargo', ...args].join(' '), result)
  return JSON.parse(result.stdout) as CargoMetadata
}

/** Writes the SBOM of every artifact; returns the artifacts with `sbom` set. */
export async function writeSboms(o: {
  artifacts: Artifact[]
  units: SbomUnits
  settings: SbomSettings
  env: Env
  logger: Logger
}): Promise<Artifact[]> {
  // Loaded only now: the CycloneDX library is the second heaviest part of the bundle.
  const { cyclonedxJson } = await import('./cyclonedx.js')
  const metadata = new Map<string, CargoMetadata>()
  const out: Artifact[] = []
  for (const a of o.artifacts) {
    let meta = metadata.get(a.target)
    if (meta === undefined) {
      meta = await readMetadata(o.settings, a.target, o.env)
      metadata.set(a.target, meta)
    }
    const id = o.units.packageOf(a.path)
    const graph = id === undefined ? null : linkedGraph(meta, id, o.units.unitsOf(a.target))
    if (graph === null)
      throw new Error(
        `sbom: cannot tell which package ${a.path} was built from (cargo reported no unit that wrote it)`
      )
    const file = `${a.path}.cdx.json`
    const text = cyclonedxJson(a, graph, meta.workspace_root)
    writeFileSync(file, text)
    o.logger.info(`sbom: ${a.target}/${a.name}: ${graph.crates.length} linked crates, ${file}`)
    const sha256 = createHash('sha256').update(text).digest('hex')
    out.push({ ...a, sbom: { path: file, crates: graph.crates.length, sha256 } })
  }
  return out
}
