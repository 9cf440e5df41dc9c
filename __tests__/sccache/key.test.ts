// The sccache cache key: the parts it is made of, and the service's limits on keys.
import { cacheKeys, saveDecision, type KeyParts } from '../../src/sccache/key.js'

const parts: KeyParts = {
  platform: 'linux',
  arch: 'x64',
  rustcVersion: 'rustc 1.95.0',
  targets: ['x86_64-unknown-linux-gnu'],
  buildConfig: {},
  lockfile: null,
  extra: ''
}

test('a long cache-key is cut so the whole key stays within the 512 characters the service takes', () => {
  const long = cacheKeys({ ...parts, extra: 'k'.repeat(2000) })
  expect(long.key.length).toBeLessThanOrEqual(512)
  expect(long.key).toContain(`-${'k'.repeat(200)}-rustc`)
  expect(long.key).not.toContain('k'.repeat(201))
  for (const k of long.restoreKeys) expect(k.length).toBeLessThanOrEqual(512)
})

test('cache-key: trimmed, commas and whitespace runs become one underscore, empty adds nothing', () => {
  const key = (extra: string): string => cacheKeys({ ...parts, extra }).key
  expect(key('  a, b\tc  ')).toMatch(/^rust-optimize-sccache-v1-linux-x64-a_b_c-rustc[0-9a-f]{16}-/)
  expect(key('   ')).toBe(key(''))
  expect(key('')).toMatch(
    /^rust-optimize-sccache-v1-linux-x64-rustc[0-9a-f]{16}-cfg[0-9a-f]{16}-nolock$/
  )
  expect(key('x')).not.toContain(',')
})

test('the restore keys are the key without its lock part, then without its config part', () => {
  const k = cacheKeys({ ...parts, lockfile: 'version = 4' })
  const [withConfig, toolchainOnly] = k.restoreKeys
  expect(k.restoreKeys).toHaveLength(2)
  expect(k.key).toBe(`${withConfig}${k.key.slice(withConfig.length)}`)
  expect(k.key.slice(withConfig.length)).toMatch(/^lock[0-9a-f]{16}$/)
  expect(withConfig.slice(toolchainOnly.length)).toMatch(/^cfg[0-9a-f]{16}-$/)
  expect(toolchainOnly).toMatch(/^rust-optimize-sccache-v1-linux-x64-rustc[0-9a-f]{16}-$/)
})

test('save decisions: every reason in words', () => {
  const base = {
    saveCache: true,
    matchedKey: null,
    key: 'k',
    cacheWrites: 3,
    serviceAvailable: true
  }
  expect(saveDecision({ ...base, serviceAvailable: false })).toEqual({
    save: false,
    reason: 'the Actions cache service is not available'
  })
  expect(saveDecision({ ...base, matchedKey: 'k', cacheWrites: null }).reason).toBe(
    "exact hit: entries are immutable, so this run's new cache objects are saved with the next key (a change of Cargo.lock, toolchain, settings or cache-key)"
  )
  expect(saveDecision({ ...base, matchedKey: 'k', cacheWrites: 2 }).reason).toContain(
    "this run's 2 new cache objects"
  )
  expect(saveDecision({ ...base, matchedKey: 'k-old', cacheWrites: 0 })).toEqual({
    save: false,
    reason: 'restored from k-old and nothing new was compiled'
  })
  expect(saveDecision({ ...base, matchedKey: 'k-old', cacheWrites: null })).toEqual({
    save: true,
    reason: 'restored from a prefix match (k-old)'
  })
})
