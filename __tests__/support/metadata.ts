// `cargo metadata` packages for the SBOM's unit tests: from crates.io and MIT unless told.
import type { MetadataPackage } from '../../src/supply/linked.js'

export const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index'

/** `name@version`, or `name@version#n` for another package of the same name and version. */
export const metadataPackage = (
  id: string,
  extra: Partial<MetadataPackage> = {}
): MetadataPackage => ({
  id,
  name: id.split('@')[0],
  version: (id.split('@')[1] ?? '0.1.0').split('#')[0],
  source: CRATES_IO,
  license: 'MIT',
  license_file: null,
  description: null,
  manifest_path: `/w/${id}/Cargo.toml`,
  ...extra
})
