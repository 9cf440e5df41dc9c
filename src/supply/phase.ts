// The supply-chain step of the shipped build, on its final files: `auditable` embeds the
// dependency lists, then `sbom` writes the SBOMs (of the bytes shipped, lists included).
import type { RunContext } from '../phases/prepare.js'
import type { Artifact } from '../report/sizes.js'
import { embedDependencyLists } from './auditable.js'
import { TargetMetadata, type ShippedUnits } from './metadata.js'
import { writeSboms } from './sbom.js'

/**
 * `auditable: true`: the dependency list into every shipped file; then `sbom: true`: the SBOM of
 * every shipped file (of its final bytes), beside it.
 */
export async function supplyChain(
  c: Pick<RunContext, 'logger' | 'settings' | 'baseEnv' | 'toolchain'>,
  units: ShippedUnits,
  shipped: Artifact[]
): Promise<Artifact[]> {
  const { logger, settings } = c
  const metadata = new TargetMetadata(settings, c.baseEnv)
  let built = shipped
  if (settings.auditable) {
    const lists = { units, metadata, host: c.toolchain.host, env: c.baseEnv, logger }
    built = await logger.group('Dependency lists (auditable)', () =>
      embedDependencyLists({ artifacts: built, ...lists })
    )
  }
  if (settings.sbom)
    built = await logger.group('SBOM', () =>
      writeSboms({ artifacts: built, units, metadata, logger })
    )
  return built
}
