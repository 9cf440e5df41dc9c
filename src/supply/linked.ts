// Which crates are linked into an artifact, from `cargo metadata`'s resolve graph for the build's
// target and features, and the units cargo compiled for that target. Pure.
//
// A crate is linked when the artifact's package reaches it through normal dependencies only (no
// build or dev edge), and cargo compiled it for the target triple. Build scripts and proc-macros
// are compiled for the host (their units sit outside `<target-dir>/<triple>/`), and so are the
// crates only they use: none of them is a target unit, so none is listed, and nothing is reached
// through them. Disabled optional dependencies are not in the resolve graph of the build's features.
import path from 'node:path'
import type { CargoJson } from '../cargo/messages.js'

/** The parts of `cargo metadata --format-version 1` this reads. */
export interface CargoMetadata {
  workspace_root: string
  packages: MetadataPackage[]
  resolve: { nodes: { id: string; deps: ResolveDep[] }[] } | null
}

export interface MetadataPackage {
  id: string
  name: string
  version: string
  /** null for path crates; `registry+<url>`, `sparse+<url>` or `git+<url>?<ref>#<commit>`. */
  source: string | null
  license: string | null
  license_file: string | null
  description: string | null
  manifest_path: string
  authors?: string[]
  repository?: string | null
}

export interface ResolveDep {
  pkg: string
  dep_kinds: { kind: 'dev' | 'build' | null; target: string | null }[]
}

/** cargo's source ids of crates.io: the git index and the sparse one. */
const CRATES_IO = new Set([
  'registry+https://github.com/rust-lang/crates.io-index',
  'sparse+https://index.crates.io/'
])

/** Whether a package's `source` is crates.io. Pure. */
export function fromCratesIo(source: string | null): boolean {
  return source !== null && CRATES_IO.has(source)
}

/** An artifact's linked crates: the packages (its own first) and the edges among them. */
export interface LinkedGraph {
  root: MetadataPackage
  /** Every linked package but the root, in a stable order (name, then version). */
  crates: MetadataPackage[]
  /** Per package id (the root's included): the linked packages it depends on directly. */
  edges: Map<string, string[]>
}

/** A unit cargo compiled for the target triple: its package, and the files it wrote. */
export interface TargetUnit {
  packageId: string
  files: string[]
}

/**
 * The unit of a `compiler-artifact` line when it was compiled for the triple whose directory under
 * the target directory is `tripleDir` (a library the target links, or a deliverable), else null:
 * build scripts, proc-macros and other host units are not.
 */
export function targetUnit(json: CargoJson | null, tripleDir: string): TargetUnit | null {
  if (json === null) return null
  const msg = json as {
    reason?: unknown
    package_id?: string
    target?: { kind?: string[] }
    filenames?: string[]
    executable?: string | null
  }
  if (msg.reason !== 'compiler-artifact' || typeof msg.package_id !== 'string') return null
  const kinds = msg.target?.kind ?? []
  if (kinds.includes('custom-build') || kinds.includes('proc-macro')) return null
  const files = [...(msg.filenames ?? []), ...(msg.executable ? [msg.executable] : [])]
  const inTriple = files.some((f) => f.split(/[\\/]/).includes(tripleDir))
  return inTriple ? { packageId: msg.package_id, files } : null
}

/** The directory cargo names after a target: the triple, or a target spec file's stem. Pure. */
export function tripleDirName(triple: string): string {
  return triple.endsWith('.json') ? path.basename(triple, '.json') : triple
}

/**
 * The package ids reached from `rootId` in the resolve graph through the edges `follow` takes,
 * each with the ids it reaches directly (once each, in the graph's order).
 */
export function walkResolve(
  meta: CargoMetadata,
  rootId: string,
  follow: (dep: ResolveDep) => boolean
): Map<string, string[]> {
  const nodes = new Map((meta.resolve?.nodes ?? []).map((n) => [n.id, n]))
  const edges = new Map<string, string[]>()
  const queue = [rootId]
  while (queue.length > 0) {
    const id = queue.shift() as string
    if (edges.has(id)) continue
    const deps = (nodes.get(id)?.deps ?? []).filter(follow).map((d) => d.pkg)
    edges.set(id, [...new Set(deps)])
    queue.push(...deps)
  }
  return edges
}

/** The linked graph of the artifact built from `rootId`; null when metadata does not know it. */
export function linkedGraph(
  meta: CargoMetadata,
  rootId: string,
  units: ReadonlySet<string>
): LinkedGraph | null {
  const packages = new Map(meta.packages.map((p) => [p.id, p]))
  const root = packages.get(rootId)
  if (root === undefined || !(meta.resolve?.nodes ?? []).some((n) => n.id === rootId)) return null
  const edges = walkResolve(
    meta,
    rootId,
    (d) =>
      d.dep_kinds.some((k) => k.kind === null) &&
      units.has(d.pkg) &&
      d.pkg !== rootId &&
      packages.has(d.pkg)
  )
  for (const deps of edges.values()) deps.sort()
  const crates = [...edges.keys()]
    .filter((id) => id !== rootId)
    .map((id) => packages.get(id) as MetadataPackage)
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version))
  return { root, crates, edges }
}
