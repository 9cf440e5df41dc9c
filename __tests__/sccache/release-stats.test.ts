// sccache release assets for every runner, checksum files, the mirror, and stats in numbers.
import { describeStats, hitRate, parseStats, type SccacheStats } from '../../src/sccache/stats.js'
import {
  MIRROR_VARIABLE,
  parseChecksum,
  RELEASES_BASE,
  releaseAsset,
  releasesBase,
  releaseTriple
} from '../../src/sccache/release.js'

test.each([
  ['linux', 'x64', 'x86_64-unknown-linux-musl'],
  ['linux', 'arm64', 'aarch64-unknown-linux-musl'],
  ['linux', 'arm', 'armv7-unknown-linux-musleabi'],
  ['linux', 'ia32', 'i686-unknown-linux-musl'],
  ['linux', 'riscv64', 'riscv64gc-unknown-linux-musl'],
  ['linux', 's390x', 's390x-unknown-linux-musl'],
  ['linux', 'loong64', 'loongarch64-unknown-linux-musl'],
  ['linux', 'ppc64', null],
  ['darwin', 'x64', 'x86_64-apple-darwin'],
  ['darwin', 'arm64', 'aarch64-apple-darwin'],
  ['darwin', 'ia32', null],
  ['win32', 'x64', 'x86_64-pc-windows-msvc'],
  ['win32', 'arm64', 'aarch64-pc-windows-msvc'],
  ['freebsd', 'x64', null]
])('%s/%s: %p', (platform, arch, triple) => {
  expect(releaseTriple(platform, arch)).toBe(triple)
})

test('assets, the mirror, checksums', () => {
  expect(RELEASES_BASE).toBe('https://github.com/mozilla/sccache/releases/download')
  expect(releaseAsset('v1.0.0', 'aarch64-apple-darwin', 'https://m.example//')).toEqual({
    folder: 'sccache-v1.0.0-aarch64-apple-darwin',
    archiveUrl: 'https://m.example/v1.0.0/sccache-v1.0.0-aarch64-apple-darwin.tar.gz',
    checksumUrl: 'https://m.example/v1.0.0/sccache-v1.0.0-aarch64-apple-darwin.tar.gz.sha256',
    binary: 'sccache'
  })
  expect(releaseAsset('v1.0.0', 'x86_64-pc-windows-msvc').archiveUrl).toBe(
    `${RELEASES_BASE}/v1.0.0/sccache-v1.0.0-x86_64-pc-windows-msvc.tar.gz`
  )
  expect(releaseAsset('v1.0.0', 'x86_64-pc-windows-msvc').binary).toBe('sccache.exe')
  expect(releasesBase({})).toBe(RELEASES_BASE)
  expect(releasesBase({ [MIRROR_VARIABLE]: '  ' })).toBe(RELEASES_BASE)
  expect(releasesBase({ RUST_OPTIMIZE_SCCACHE_MIRROR: ' https://m.example ' })).toBe(
    'https://m.example'
  )
  const hex = 'ab'.repeat(32)
  expect(parseChecksum(`  ${hex.toUpperCase()}  file.tar.gz\n`)).toBe(hex)
  expect(parseChecksum(hex.slice(1))).toBeNull()
  expect(parseChecksum(`${hex}0`)).toBeNull()
  expect(parseChecksum(`x${hex}`)).toBeNull()
  expect(parseChecksum('')).toBeNull()
})

const stats = (over: Partial<SccacheStats>): SccacheStats => ({
  compileRequests: 0,
  hits: 0,
  misses: 0,
  errors: 0,
  cacheWrites: 0,
  cacheWriteErrors: 0,
  nonCacheable: 0,
  notCached: {},
  cacheLocation: null,
  version: null,
  ...over
})

test('stats: every field, counts summed, odd values zero', () => {
  const text = JSON.stringify({
    stats: {
      compile_requests: 9,
      cache_hits: { counts: { Rust: 3, C: 1 } },
      cache_misses: 2,
      cache_errors: { counts: { Rust: 'x', C: 1 } },
      cache_writes: 5,
      cache_write_errors: 6,
      non_cacheable_compilations: 7,
      not_cached: { 'crate-type': 2, odd: null }
    },
    cache_location: 'Local disk: "/c"',
    version: '0.17.0'
  })
  expect(parseStats(`\n${text}\n`)).toEqual({
    compileRequests: 9,
    hits: 4,
    misses: 2,
    errors: 1,
    cacheWrites: 5,
    cacheWriteErrors: 6,
    nonCacheable: 7,
    notCached: { 'crate-type': 2, odd: 0 },
    cacheLocation: 'Local disk: "/c"',
    version: '0.17.0'
  })
  expect(parseStats('{"stats": [], "cache_location": 1}')).toEqual(stats({}))
  expect(parseStats('{"stats": {"cache_hits": {"counts": [1, 2]}}}')).toEqual(stats({}))
  expect(parseStats('not json')).toBeNull()
  expect(parseStats('{"stats": {"cache_hits": 1e999}}')).toEqual(stats({}))
  expect(parseStats('null')).toBeNull()
  expect(parseStats('{"other": 1}')).toBeNull()
})

test('hit rate and the stats line', () => {
  expect(hitRate(stats({}))).toBeNull()
  expect(hitRate(stats({ hits: 1, misses: 2 }))).toBe(33.3)
  expect(hitRate(stats({ hits: 2, misses: 0, errors: 1 }))).toBe(66.7)
  expect(hitRate(stats({ hits: 5 }))).toBe(100)
  expect(describeStats(stats({}))).toBe('hit rate n/a, 0 hits, 0 misses')
  expect(describeStats(stats({ hits: 1, misses: 1, errors: 2, notCached: { a: 1, b: 2 } }))).toBe(
    'hit rate 25%, 1 hits, 1 misses, 2 errors, not cacheable: a 1, b 2'
  )
})
