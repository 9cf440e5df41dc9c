// `auditable: true`: an artifact's dependency tree in cargo-auditable's format (format 1), the JSON
// that `cargo audit bin`, Trivy, Syft and Grype read from a binary's `.dep-v0` section. Pure.
//
// The crates linked into the artifact (src/supply/linked.ts) are its runtime dependencies. What the
// artifact's package reaches otherwise, through build-dependencies, proc-macros and the crates only
// they use, is recorded with kind `build`, as cargo-auditable records it. Dev-dependencies are not.
import {
  fromCratesIo,
  linkedGraph,
  walkResolve,
  type CargoMetadata,
  type MetadataPackage
} from './linked.js'

/** The format revision: the metadata-based data, proc-macros recorded as build-time. */
export const DEP_V0_FORMAT = 1

/** One package of the list, in the order and with the fields cargo-auditable writes. */
export interface DepV0Package {
  name: string
  version: string
  source: string
  kind?: 'build'
  dependencies?: number[]
  root?: true
}

export interface DepV0 {
  packages: DepV0Package[]
  format: number
}

/** cargo-auditable's `source`: `crates.io`, `registry` (another one), `git` or `local`. Pure. */
export function depV0Source(source: string | null): string {
  if (source === null || source.startsWith('path+')) return 'local'
  if (fromCratesIo(source)) return 'crates.io'
  if (source.startsWith('git+')) return 'git'
  return 'registry'
}

/**
 * The dependency list of the artifact built from package `rootId`, given the units cargo compiled
 * for its target; null when metadata does not know the package.
 */
export function depV0(
  meta: CargoMetadata,
  rootId: string,
  units: ReadonlySet<string>
): DepV0 | null {
  const linked = linkedGraph(meta, rootId, units)
  if (linked === null) return null
  const packages = new Map(meta.packages.map((p) => [p.id, p]))
  // Everything reached through normal and build dependencies.
  const all = walkResolve(meta, rootId, (d) => d.dep_kinds.some((k) => k.kind !== 'dev'))
  const ids = [...all.keys()].filter((id) => packages.has(id))
  const pkg = (id: string) => packages.get(id) as MetadataPackage
  const key = (id: string) => [pkg(id).name, pkg(id).version, depV0Source(pkg(id).source), id]
  ids.sort((a, b) => {
    const [x, y] = [key(a), key(b)]
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1
    return 0
  })
  const index = new Map(ids.map((id, i) => [id, i]))
  const out = ids.map((id): DepV0Package => {
    const p = pkg(id)
    const entry: DepV0Package = { name: p.name, version: p.version, source: depV0Source(p.source) }
    if (!linked.edges.has(id)) entry.kind = 'build'
    const deps = (all.get(id) as string[]).flatMap((d) =>
      index.has(d) ? [index.get(d) as number] : []
    )
    if (deps.length > 0) entry.dependencies = [...new Set(deps)].sort((a, b) => a - b)
    if (id === rootId) entry.root = true
    return entry
  })
  return { packages: out, format: DEP_V0_FORMAT }
}
