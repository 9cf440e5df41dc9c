// What the supply-chain outputs (`sbom`, `auditable`) read of the shipped build: the units cargo
// compiled for each target (from its JSON messages), and `cargo metadata`'s resolve graph for that
// target and the build's features, read once per target.
import type { Env } from '../env.js'
import { ExecError, run } from '../exec.js'
import type { CargoJson } from '../cargo/messages.js'
import { configArgs } from '../cargo/rustflags-probe.js'
import { targetUnit, tripleDirName, type CargoMetadata } from './linked.js'

/** Collects, per target, the units the shipped build compiled for it and who wrote which file. */
export class ShippedUnits {
  readonly #units = new Map<string, Set<string>>()
  readonly #owners = new Map<string, string>()

  observe(msg: CargoJson | null, triple: string): void {
    const unit = targetUnit(msg, tripleDirName(triple))
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
export interface MetadataSettings {
  workingDirectory: string
  manifestPath: string | null
  features: string[]
  allFeatures: boolean
  noDefaultFeatures: boolean
  locked: boolean
  cargoArgs: string[]
}

/** `cargo metadata` arguments for the resolve graph of `triple` with the build's features. Pure. */
export function metadataArgs(s: MetadataSettings, triple: string): string[] {
  const args = ['metadata', '--format-version', '1', '--filter-platform', triple, '--offline']
  if (s.manifestPath !== null) args.push('--manifest-path', s.manifestPath)
  if (s.features.length > 0) args.push('--features', s.features.join(','))
  if (s.allFeatures) args.push('--all-features')
  if (s.noDefaultFeatures) args.push('--no-default-features')
  if (s.locked) args.push('--locked')
  return [...args, ...configArgs(s.cargoArgs)]
}

/** `cargo metadata` per target, run once for each. */
export class TargetMetadata {
  readonly #read = new Map<string, Promise<CargoMetadata>>()

  constructor(
    readonly settings: MetadataSettings,
    readonly env: Env
  ) {}

  of(triple: string): Promise<CargoMetadata> {
    let meta = this.#read.get(triple)
    if (meta === undefined) {
      meta = this.#run(triple)
      this.#read.set(triple, meta)
    }
    return meta
  }

  async #run(triple: string): Promise<CargoMetadata> {
    const args = metadataArgs(this.settings, triple)
    const result = await run('cargo', args, { cwd: this.settings.workingDirectory, env: this.env })
    if (result.code !== 0) throw new ExecError(['cargo', ...args].join(' '), result)
    return JSON.parse(result.stdout) as CargoMetadata
  }
}

/** The message for an artifact no unit of the shipped build wrote. */
export function unknownPackage(input: string, file: string): Error {
  return new Error(
    `${input}: cannot tell which package ${file} was built from (cargo reported no unit that wrote it)`
  )
}
