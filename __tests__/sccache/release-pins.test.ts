// Pinned digests of sccache release archives: which archives are pinned, and lookups by tag.
import {
  DEFAULT_SCCACHE_VERSION,
  pinnedDigest,
  releaseAsset,
  releaseTriple,
  SCCACHE_PINS
} from '../../src/sccache/release.js'

test('the default release pins the archives two sources agree on, each a sha256', () => {
  expect(DEFAULT_SCCACHE_VERSION).toBe('v0.17.0')
  const pinned = SCCACHE_PINS[DEFAULT_SCCACHE_VERSION]
  expect(Object.keys(pinned).sort()).toEqual([
    'aarch64-apple-darwin',
    'aarch64-unknown-linux-musl',
    'armv7-unknown-linux-musleabi',
    'i686-unknown-linux-musl',
    'x86_64-apple-darwin',
    'x86_64-pc-windows-msvc',
    'x86_64-unknown-linux-musl'
  ])
  for (const digest of Object.values(pinned)) expect(digest).toMatch(/^[0-9a-f]{64}$/)
  expect(new Set(Object.values(pinned)).size).toBe(7)
  expect(pinnedDigest('v0.17.0', 'x86_64-unknown-linux-musl')).toBe(
    '67c4a96dd237c1f518f6b36083f270f9976d516f1e57fce891755ea782e50006'
  )
  expect(pinnedDigest('v0.17.0', 'aarch64-pc-windows-msvc')).toBeNull()
  expect(pinnedDigest('v0.16.0', 'x86_64-unknown-linux-musl')).toBeNull()
  expect(pinnedDigest('v9', 't', { v9: { t: 'd' } })).toBe('d')
})

test('every runner with a published release has a .tar.gz under its triple', () => {
  for (const [platform, arch] of [
    ['linux', 'x64'],
    ['darwin', 'arm64'],
    ['win32', 'arm64']
  ]) {
    const triple = releaseTriple(platform, arch)
    expect(triple).not.toBeNull()
    const asset = releaseAsset('v0.17.0', triple as string)
    expect(asset.archiveUrl).toBe(
      `https://github.com/mozilla/sccache/releases/download/v0.17.0/sccache-v0.17.0-${triple}.tar.gz`
    )
    expect(asset.binary).toBe(platform === 'win32' ? 'sccache.exe' : 'sccache')
  }
  expect(releaseAsset('v1', 't', 'https://m.example').archiveUrl).toBe(
    'https://m.example/v1/sccache-v1-t.tar.gz'
  )
})
