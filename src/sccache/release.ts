// Which sccache release archive fits this runner, where it lives, and how its checksum reads. Pure.

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

/** The hex digest in a `.sha256` file: bare hex, or `hex  filename` as sha256sum writes it. */
export function parseChecksum(text: string): string | null {
  const first = text.trim().split(/\s+/)[0]?.toLowerCase() ?? ''
  return /^[0-9a-f]{64}$/.test(first) ? first : null
}

/** The mirror base from the environment, or the GitHub releases. */
export function releasesBase(env: Record<string, string | undefined>): string {
  const mirror = env[MIRROR_VARIABLE]?.trim()
  return mirror ? mirror : RELEASES_BASE
}
