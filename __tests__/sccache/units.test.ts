// The pure parts of the sccache support: stats of old and new versions, cache keys, save decisions,
// the server environment per backend.
import { cacheKeys, saveDecision } from '../../src/sccache/key.js'
import { serverEnv } from '../../src/sccache/server.js'
import { describeStats, hitRate, parseStats } from '../../src/sccache/stats.js'
import { parseChecksum } from '../../src/sccache/release.js'

// Debian's sccache 0.4.0-pre.6, captured on this machine after a build with 4 misses.
const V04 = `{"stats":{"compile_requests":8,"requests_unsupported_compiler":0,"requests_not_compile":2,"requests_not_cacheable":4,"requests_executed":4,"cache_errors":{"counts":{}},"cache_hits":{"counts":{}},"cache_misses":{"counts":{"Rust":4}},"cache_timeouts":0,"cache_read_errors":0,"non_cacheable_compilations":0,"forced_recaches":0,"cache_write_errors":0,"cache_writes":4,"cache_write_duration":{"secs":0,"nanos":1},"cache_read_hit_duration":{"secs":0,"nanos":0},"compiler_write_duration":{"secs":0,"nanos":0},"compile_fails":0,"not_cached":{"missing input":3,"-":2,"crate-type":1},"dist_compiles":{},"dist_errors":0},"cache_location":"Local disk: \\"/tmp/x\\"","cache_size":null,"max_cache_size":null}`
// The 0.17 shape (cargo-facts §4.2): adv_counts, compilations, version, basedirs, multi_level.
const V017 = `{"stats":{"compile_requests":12,"requests_unsupported_compiler":0,"requests_not_compile":0,"requests_not_cacheable":1,"requests_executed":10,"cache_errors":{"counts":{"Rust":1},"adv_counts":{}},"cache_hits":{"counts":{"Rust":8,"C/C++":1},"adv_counts":{"rust":8}},"cache_misses":{"counts":{"Rust":0},"adv_counts":{}},"cache_timeouts":0,"cache_read_errors":0,"non_cacheable_compilations":0,"forced_recaches":0,"cache_write_errors":0,"cache_writes":0,"cache_write_duration":{"secs":0,"nanos":0},"cache_read_hit_duration":{"secs":0,"nanos":0},"compilations":1,"compiler_write_duration":{"secs":0,"nanos":0},"compile_fails":0,"not_cached":{"crate-type":1},"dist_compiles":{},"dist_errors":0,"multi_level":null},"cache_location":"Local disk: \\"/p\\"","cache_size":4284,"max_cache_size":10737418240,"use_preprocessor_cache_mode":true,"version":"0.17.0","basedirs":[]}`

test('stats of sccache 0.4 and 0.17 parse to the same shape', () => {
  const old = parseStats(V04)
  expect(old).toMatchObject({
    hits: 0,
    misses: 4,
    errors: 0,
    cacheWrites: 4,
    version: null,
    cacheLocation: 'Local disk: "/tmp/x"'
  })
  expect(hitRate(old!)).toBe(0)
  const now = parseStats(`${V017}\n`)
  expect(now).toMatchObject({
    hits: 9,
    misses: 0,
    errors: 1,
    cacheWrites: 0,
    version: '0.17.0',
    notCached: { 'crate-type': 1 }
  })
  expect(hitRate(now!)).toBe(90)
  expect(describeStats(now!)).toBe(
    'hit rate 90%, 9 hits, 0 misses, 1 errors, not cacheable: crate-type 1'
  )
})

test('odd or missing stats fields count as zero; non-stats is null', () => {
  expect(
    parseStats('{"stats":{"cache_hits":3,"cache_misses":{"counts":{"Rust":"x"}}}}')
  ).toMatchObject({ hits: 3, misses: 0 })
  expect(hitRate(parseStats('{"stats":{}}')!)).toBeNull()
  expect(parseStats('Compile requests 0')).toBeNull()
  expect(parseStats('{"version":"1"}')).toBeNull()
  expect(parseStats('[]')).toBeNull()
})

test('cache keys: every part changes the key; fallbacks keep OS, arch, cache-key and toolchain', () => {
  const parts = {
    platform: 'linux',
    arch: 'x64',
    rustcVersion: 'rustc 1.95.0 (59807616e 2026-04-14)\nhost: x86_64-unknown-linux-gnu',
    targets: ['x86_64-unknown-linux-gnu'],
    buildConfig: { profile: 'release', env: { CARGO_PROFILE_RELEASE_LTO: 'fat' } },
    lockfile: 'version = 4\n',
    extra: ''
  }
  const base = cacheKeys(parts)
  expect(base.key).toMatch(
    /^rust-optimize-sccache-v1-linux-x64-rustc[0-9a-f]{16}-cfg[0-9a-f]{16}-lock[0-9a-f]{16}$/
  )
  const [cfgPrefix, toolchainPrefix] = base.restoreKeys
  expect(base.key.startsWith(cfgPrefix)).toBe(true)
  expect(cfgPrefix.startsWith(toolchainPrefix)).toBe(true)
  const variants = [
    { platform: 'darwin' },
    { arch: 'arm64' },
    { rustcVersion: 'rustc 1.96.0' },
    { targets: ['aarch64-unknown-linux-gnu'] },
    { buildConfig: { profile: 'release', env: { CARGO_PROFILE_RELEASE_LTO: 'thin' } } },
    { lockfile: null },
    { extra: 'x' }
  ]
  const keys = variants.map((v) => cacheKeys({ ...parts, ...v }).key)
  expect(new Set([base.key, ...keys]).size).toBe(variants.length + 1)
  // A Cargo.lock change falls back to the same configuration; a config change to the toolchain.
  expect(cacheKeys({ ...parts, lockfile: 'other' }).restoreKeys[0]).toBe(cfgPrefix)
  expect(cacheKeys({ ...parts, buildConfig: {} }).restoreKeys[1]).toBe(toolchainPrefix)
  // cache-key separates caches: its fallbacks never reach entries without it.
  expect(cacheKeys({ ...parts, extra: 'a, b' }).restoreKeys[1]).toBe(
    'rust-optimize-sccache-v1-linux-x64-a_b-' + toolchainPrefix.split('-x64-')[1]
  )
  expect(cacheKeys({ ...parts, targets: ['b', 'a'] }).key).toBe(
    cacheKeys({ ...parts, targets: ['a', 'b'] }).key
  )
})

test('save decisions', () => {
  const d = (o: Partial<Parameters<typeof saveDecision>[0]>) =>
    saveDecision({
      saveCache: true,
      matchedKey: null,
      key: 'k',
      cacheWrites: 3,
      serviceAvailable: true,
      ...o
    })
  expect(d({})).toEqual({ save: true, reason: 'no entry existed' })
  expect(d({ saveCache: false })).toEqual({
    save: false,
    reason: 'saving is off for this run (see save-cache in the main step)'
  })
  expect(d({ serviceAvailable: false }).save).toBe(false)
  expect(d({ matchedKey: 'k', cacheWrites: 0 })).toEqual({
    save: false,
    reason: 'exact hit and nothing new'
  })
  expect(d({ matchedKey: 'k' }).save).toBe(false)
  expect(d({ matchedKey: 'k' }).reason).toContain('3 new cache objects')
  expect(d({ matchedKey: 'k-old' })).toEqual({
    save: true,
    reason: 'restored from a prefix match (k-old)'
  })
  expect(d({ matchedKey: 'k-old', cacheWrites: 0 }).save).toBe(false)
  expect(d({ cacheWrites: null }).save).toBe(true)
  // A miss with nothing written (sccache unused, or cargo had nothing to compile): an empty entry
  // would take the exact key, and every later run would get an 'exact hit' of nothing.
  expect(d({ cacheWrites: 0 })).toEqual({
    save: false,
    reason: 'nothing was written to the cache in this run'
  })
})

test('server environment per backend', () => {
  const user = {
    SCCACHE_BUCKET: 'b',
    SCCACHE_REDIS: 'redis://x',
    SCCACHE_DIR: '/mine',
    ACTIONS_RESULTS_URL: 'https://r/',
    ACTIONS_RUNTIME_TOKEN: 't',
    RUNNER_TEMP: '/runner/temp'
  }
  const common = { port: 4321, saveCache: true, dir: '/tmp/cache', cacheKey: '' }
  expect(serverEnv({ ...common, backend: 'local', env: user })).toEqual({
    SCCACHE_SERVER_PORT: '4321',
    SCCACHE_IDLE_TIMEOUT: '0',
    SCCACHE_BUCKET: undefined,
    SCCACHE_REDIS: undefined,
    SCCACHE_DIR: '/tmp/cache',
    SCCACHE_CACHE_SIZE: '2G'
  })
  expect(serverEnv({ ...common, backend: 'env', env: user })).toEqual({
    SCCACHE_SERVER_PORT: '4321',
    SCCACHE_IDLE_TIMEOUT: '0'
  })
  expect(
    serverEnv({
      ...common,
      backend: 'env',
      env: { SCCACHE_SERVER_PORT: '9', SCCACHE_IDLE_TIMEOUT: '60' }
    })
  ).toEqual({})
  expect(
    serverEnv({ ...common, backend: 'gha', saveCache: false, cacheKey: 'v2', env: user })
  ).toEqual({
    SCCACHE_SERVER_PORT: '4321',
    SCCACHE_IDLE_TIMEOUT: '0',
    SCCACHE_GHA_ENABLED: 'true',
    SCCACHE_GHA_RW_MODE: 'READ_ONLY',
    SCCACHE_GHA_VERSION: 'v2',
    ACTIONS_RESULTS_URL: 'https://r/',
    ACTIONS_RUNTIME_TOKEN: 't',
    ACTIONS_CACHE_SERVICE_V2: 'on'
  })
  expect(
    serverEnv({ ...common, backend: 'local', env: { SCCACHE_CACHE_SIZE: '500M' } })
      .SCCACHE_CACHE_SIZE
  ).toBeUndefined()
  // The CLI on a developer's machine (no runner): their own cache directory is never trimmed.
  expect(serverEnv({ ...common, backend: 'local', dir: null, env: {} })).toEqual({
    SCCACHE_SERVER_PORT: '4321',
    SCCACHE_IDLE_TIMEOUT: '0'
  })
  expect(
    serverEnv({ ...common, backend: 'local', dir: '/mine', env: { SCCACHE_DIR: '/mine' } })
      .SCCACHE_CACHE_SIZE
  ).toBeUndefined()
})

test('checksum files: bare hex or sha256sum lines', () => {
  const hex = 'a'.repeat(64)
  expect(parseChecksum(`${hex}`)).toBe(hex)
  expect(parseChecksum(`${hex.toUpperCase()}  file.tar.gz\n`)).toBe(hex)
  expect(parseChecksum('')).toBeNull()
  expect(parseChecksum('abc')).toBeNull()
})
