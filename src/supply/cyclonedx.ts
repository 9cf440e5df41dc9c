// A CycloneDX 1.6 JSON SBOM of one artifact's linked crates, through @cyclonedx/cyclonedx-library.
// Loaded only when `sbom` is on (src/supply/sbom.ts imports it lazily). Pure.
import path from 'node:path'
import * as Enums from '@cyclonedx/cyclonedx-library/Enums'
import * as Models from '@cyclonedx/cyclonedx-library/Models'
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize'
import * as Spec from '@cyclonedx/cyclonedx-library/Spec'
import type { ArtifactKind } from '../cargo/messages.js'
import { fromCratesIo, type LinkedGraph, type MetadataPackage } from './linked.js'

/**
 * `pkg:cargo/<name>@<version>`, with the purl spec's qualifiers where the crate is not from
 * crates.io: `repository_url` for another registry, `vcs_url` (`git+<url>@<commit>`) for git,
 * `download_url` (`file:<path relative to the workspace root>`) for a path crate. Pure.
 */
export function cargoPurl(p: MetadataPackage, workspaceRoot: string): string {
  const base = `pkg:cargo/${encodeURIComponent(p.name)}@${encodeURIComponent(p.version)}`
  const source = p.source
  let qualifier: [string, string] | null = null
  if (source === null) {
    const dir = path
      .relative(workspaceRoot, path.dirname(p.manifest_path))
      .split(path.sep)
      .join('/')
    qualifier = ['download_url', `file:${dir === '' ? '.' : dir}`]
  } else if (source.startsWith('git+')) {
    const at = source.indexOf('#')
    const url = source.slice(0, at < 0 ? undefined : at).replace(/\?.*$/, '')
    qualifier = ['vcs_url', at < 0 ? url : `${url}@${source.slice(at + 1)}`]
  } else if (!fromCratesIo(source)) {
    qualifier = ['repository_url', source.replace(/^(registry|sparse)\+/, '')]
  }
  return qualifier === null ? base : `${base}?${qualifier[0]}=${encodeURIComponent(qualifier[1])}`
}

/** cargo's `license` as an SPDX expression (the old `MIT/Apache-2.0` form read as OR). Pure. */
export function licenseExpression(license: string | null): string | null {
  if (license === null || license.trim() === '') return null
  return license
    .split('/')
    .map((s) => s.trim())
    .join(' OR ')
}

function component(
  p: MetadataPackage,
  type: Enums.ComponentType,
  purl: string,
  bomRef: string
): Models.Component {
  const c = new Models.Component(type, p.name, {
    version: p.version,
    purl,
    bomRef,
    description: p.description ?? undefined
  })
  const expression = licenseExpression(p.license)
  if (expression !== null) c.licenses.add(new Models.LicenseExpression(expression))
  else if (p.license_file !== null)
    c.licenses.add(new Models.NamedLicense(`see ${path.basename(p.license_file)}`))
  if (p.repository)
    c.externalReferences.add(
      new Models.ExternalReference(p.repository, Enums.ExternalReferenceType.VCS)
    )
  return c
}

export interface SbomArtifact {
  name: string
  kind: ArtifactKind
  sha256: string
}

/** The SBOM of `artifact`, whose linked crates are `graph`, as JSON text. */
export function cyclonedxJson(
  artifact: SbomArtifact,
  graph: LinkedGraph,
  workspaceRoot: string
): string {
  const used = new Set<string>()
  const refOf = (p: MetadataPackage): string => {
    let ref = cargoPurl(p, workspaceRoot)
    for (let n = 2; used.has(ref); n++) ref = `${cargoPurl(p, workspaceRoot)}#${n}`
    used.add(ref)
    return ref
  }
  const bom = new Models.Bom()
  const rootType =
    artifact.kind === 'bin' ? Enums.ComponentType.Application : Enums.ComponentType.Library
  const root = component(
    graph.root,
    rootType,
    cargoPurl(graph.root, workspaceRoot),
    refOf(graph.root)
  )
  root.hashes.set(Enums.HashAlgorithm['SHA-256'], artifact.sha256)
  root.properties.add(new Models.Property('rust-optimize:artifact', artifact.name))
  bom.metadata.component = root
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'rust-optimize-action')
  )
  const byId = new Map<string, Models.Component>([[graph.root.id, root]])
  for (const p of graph.crates) {
    const c = component(p, Enums.ComponentType.Library, cargoPurl(p, workspaceRoot), refOf(p))
    bom.components.add(c)
    byId.set(p.id, c)
  }
  for (const [id, deps] of graph.edges) {
    const from = byId.get(id)
    if (from === undefined) continue
    for (const d of deps) {
      const to = byId.get(d)
      if (to !== undefined) from.dependencies.add(to.bomRef)
    }
  }
  const serializer = new Serialize.JsonSerializer(
    new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)
  )
  return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`
}
