// Which sccache release archive fits this runner, where it lives, and how its checksum reads. Pure.
import type { Env } from '../env.js'

/** The GitHub releases download base; `RUST_OPTIMIZE_SCCACHE_MIRROR` replaces it. */
export const RELEASES_BASE = 'https://github.com/mozilla/sccache/releases/download'
export const MIRROR_VARIABLE = 'RUST_OPTIMIZE_SCCACHE_MIRROR'

/** The release's target triple for a Node platform and architecture, or null if none is published. */
export function releaseTriple(platform: string, arch: string): string | null {
  const table: Record<string, Record<string, string>> = {
    linux: {
      x64: 'x86_64-unknown-linux-musl',
      arm64: 'aarch64-unknown-linux-musl',
      arm: 'armv7-unknown-linux-musleabi',
      ia32: 'i686-unknown-linux-musl',
      riscv64: 'riscv64gc-unknown-linux-musl',
      s390x: 's390x-unknown-linux-musl',
      loong64: 'loongarch64-unknown-linux-musl'
    },
    darwin: { x64: 'x86_64-apple-darwin', arm64: 'aarch64-apple-darwin' },
    win32: { x64: 'x86_64-pc-windows-msvc', arm64: 'aarch64-pc-windows-msvc' }
  }
  return table[platform]?.[arch] ?? null
}

export interface ReleaseAsset {
  /** Directory inside the archive that holds the binary. */
  folder: string
  archiveUrl: string
  checksumUrl: string
  binary: string
}

/** The archive of `tag` (e.g. `v0.17.0`) for `triple`, under `base` (a mirror of the releases). */
export function releaseAsset(
  tag: string,
  triple: string,
  base: string = RELEASES_BASE
): ReleaseAsset {
  const folder = `sccache-${tag}-${triple}`
  const archiveUrl = `${base.replace(/\/+$/, '')}/${tag}/${folder}.tar.gz`
  return {
    folder,
    archiveUrl,
    checksumUrl: `${archiveUrl}.sha256`,
    binary: triple.includes('windows') ? 'sccache.exe' : 'sccache'
  }
}

/** The release the `sccache-version` input defaults to; its archives' digests are pinned below. */
export const DEFAULT_SCCACHE_VERSION = 'v0.17.0'

/** sha256 of release archives, by tag and triple: verified against these, never against the mirror. */
export type PinTable = Record<string, Record<string, string>>

// Each digest is pinned only where two independent public sources agree on it (found in the
// public code index; neither is the release mirror itself):
// - x86_64-unknown-linux-musl: many, e.g. the Arch AUR `sccache-bin` 0.17.0 PKGBUILD and several
//   Dockerfiles and CI install scripts pinning the same archive.
// - aarch64-unknown-linux-musl, armv7-unknown-linux-musleabi, i686-unknown-linux-musl: the AUR
//   `sccache-bin` 0.17.0 PKGBUILD and an independent shell installer pinning the Linux archives
//   (aarch64 also in several Dockerfiles).
// - x86_64-apple-darwin, aarch64-apple-darwin: three independent CI scripts (a shell
//   `sccache_release_asset` table, a `configure` script, a Python build-platform table).
// - x86_64-pc-windows-msvc (.tar.gz, not the .zip): a PowerShell toolchain script naming
//   `$SccacheFile.tar.gz` and a bash runner-setup script extracting it with tar.
// Unpinned (one source or none): aarch64-pc-windows-msvc, riscv64gc, s390x, loongarch64. Those
// fall back to the published `.sha256`, with a warning.
export const SCCACHE_PINS: PinTable = {
  'v0.17.0': {
    'x86_64-unknown-linux-musl': '67c4a96dd237c1f518f6b36083f270f9976d516f1e57fce891755ea782e50006',
    'aarch64-unknown-linux-musl':
      '821a86343191aa1cbab74bd42f9e93c9a63bf85e4742945f40d3ae84193c1c77',
    'armv7-unknown-linux-musleabi':
      '6d35509fba5df6553893b33883054ec8994e9be97d669f965aa30bcc96c9b685',
    'i686-unknown-linux-musl': '07cb06858d70e6d91678b1e8ed347c880ffd285c90ee4de3018384f1093c0dbf',
    'x86_64-apple-darwin': 'c2144cafbfe3d22e34ae637f9974ce53613543ac19477fdb287df22ea3668261',
    'aarch64-apple-darwin': '0c560bfba31aef5bdfb4fb3d2677f6e61d71c5c00952f2a83344f47aa31f00f1',
    'x86_64-pc-windows-msvc': 'caf1932d76a909c909b7a2e41443cdfe3c79a49a380da1a22fa422e1d00d3ca7'
  }
}

/** The pinned digest of `tag`'s archive for `triple`, or null when it is not pinned. Pure. */
export function pinnedDigest(
  tag: string,
  triple: string,
  pins: PinTable = SCCACHE_PINS
): string | null {
  return pins[tag]?.[triple] ?? null
}

/** The hex digest in a `.sha256` file: bare hex, or `hex  filename` as sha256sum writes it. */
export function parseChecksum(text: string): string | null {
  const first = text.trim().split(/\s+/)[0]?.toLowerCase() ?? ''
  return /^[0-9a-f]{64}$/.test(first) ? first : null
}

/** The mirror base from the environment, or the GitHub releases. */
export function releasesBase(env: Env): string {
  const mirror = env[MIRROR_VARIABLE]?.trim()
  return mirror ? mirror : RELEASES_BASE
}
