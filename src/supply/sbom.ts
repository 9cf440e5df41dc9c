// `sbom: true`: a CycloneDX JSON SBOM beside each artifact (`<artifact>.cdx.json`), listing the
// crates linked into it. The shipped build's cargo messages tell which units were compiled for each
// target; `cargo metadata` for that target and the build's features gives the resolve graph.
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import type { Logger } from '../logger.js'
import type { Artifact } from '../report/sizes.js'
import { linkedGraph } from './linked.js'
import { unknownPackage, type ShippedUnits, type TargetMetadata } from './metadata.js'

/** Writes the SBOM of every artifact; returns the artifacts with `sbom` set. */
export async function writeSboms(o: {
  artifacts: Artifact[]
  units: ShippedUnits
  metadata: TargetMetadata
  logger: Logger
}): Promise<Artifact[]> {
  // Loaded only now: the CycloneDX library is the second heaviest part of the bundle.
  const { cyclonedxJson } = await import('./cyclonedx.js')
  const out: Artifact[] = []
  for (const a of o.artifacts) {
    const meta = await o.metadata.of(a.target)
    const id = o.units.packageOf(a.path)
    const graph = id === undefined ? null : linkedGraph(meta, id, o.units.unitsOf(a.target))
    if (graph === null) throw unknownPackage('sbom', a.path)
    const file = `${a.path}.cdx.json`
    const text = cyclonedxJson(a, graph, meta.workspace_root)
    writeFileSync(file, text)
    o.logger.info(`sbom: ${a.target}/${a.name}: ${graph.crates.length} linked crates, ${file}`)
    const sha256 = createHash('sha256').update(text).digest('hex')
    out.push({ ...a, sbom: { path: file, crates: graph.crates.length, sha256 } })
  }
  return out
}
