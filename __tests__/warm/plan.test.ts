// The warm entry's pure decisions: which units cargo's messages name, what files a unit owns, the
// manifest's safety checks, the keys, the save decision and RUST_OPTIMIZE_WARM_CACHE.
import { parseCargoJson } from '../../src/cargo/messages.js'
import {
  describeEntry,
  parseManifest,
  planEntry,
  unitEntries,
  warmKeys,
  warmSaveDecision,
  type Listing
} from '../../src/warm/plan.js'
import { isRegistryPackage, UnitLog, unitsOfMessage } from '../../src/warm/units.js'
import { parseWarmCache, resolveWarmCache, warmEnabled } from '../../src/warm/inputs.js'

const T = '/w/target'
const P = `${T}/x86_64-unknown-linux-gnu/release`
const REG = 'registry+https://github.com/rust-lang/crates.io-index#serde@1.0.152'

const artifact = (o: Record<string, unknown>): string =>
  JSON.stringify({ reason: 'compiler-artifact', package_id: REG, fresh: false, ...o })

test('registry units from compiler-artifact and build-script-executed lines; path packages never', () => {
  const log = new UnitLog()
  log.observe(
    parseCargoJson(
      artifact({
        target: { kind: ['lib'] },
        filenames: [
          `${P}/deps/libserde-0123456789abcdef.rlib`,
          `${P}/deps/libserde-0123456789abcdef.rmeta`
        ]
      })
    )
  )
  log.observe(
    parseCargoJson(
      artifact({
        target: { kind: ['custom-build'] },
        fresh: true,
        filenames: [`${T}/release/build/serde-aaaaaaaaaaaaaaaa/build-script-build`]
      })
    )
  )
  log.observe(
    parseCargoJson(
      JSON.stringify({
        reason: 'build-script-executed',
        package_id: REG,
        out_dir: `${P}/build/serde-bbbbbbbbbbbbbbbb/out`
      })
    )
  )
  log.observe(
    parseCargoJson(
      JSON.stringify({
        reason: 'compiler-artifact',
        package_id: 'path+file:///w/app#0.1.0',
        target: { kind: ['bin'] },
        filenames: [`${P}/app`]
      })
    )
  )
  log.observe(parseCargoJson('   Compiling serde v1.0.152'))
  expect(log.all()).toEqual([
    { profileDir: P, hash: '0123456789abcdef', kind: 'lib', pkg: 'serde@1.0.152', fresh: false },
    {
      profileDir: `${T}/release`,
      hash: 'aaaaaaaaaaaaaaaa',
      kind: 'build-script',
      pkg: 'serde@1.0.152',
      fresh: true
    },
    {
      profileDir: P,
      hash: 'bbbbbbbbbbbbbbbb',
      kind: 'build-script-run',
      pkg: 'serde@1.0.152',
      fresh: true
    }
  ])
  expect(isRegistryPackage('git+https://example.com/x#y@1.0.0')).toBe(true)
  expect(isRegistryPackage('app 0.1.0 (path+file:///w/app)')).toBe(false)
  expect(unitsOfMessage(parseCargoJson('{not json'))).toEqual([])
})

test("a unit owns its fingerprint, build directory and deps files, and nothing of its neighbours'", () => {
  const listing: Listing = {
    '.fingerprint': [
      'serde-0123456789abcdef',
      'serde-fedcba9876543210',
      'serde_derive-0123456789abcdee'
    ],
    build: ['serde-0123456789abcdef'],
    deps: [
      'libserde-0123456789abcdef.rlib',
      'serde-0123456789abcdef.d',
      'libserde-fedcba9876543210.rlib'
    ]
  }
  expect(unitEntries(listing, '0123456789abcdef')).toEqual([
    '.fingerprint/serde-0123456789abcdef',
    'build/serde-0123456789abcdef',
    'deps/libserde-0123456789abcdef.rlib',
    'deps/serde-0123456789abcdef.d'
  ])
  const unit = { hash: '0123456789abcdef', kind: 'lib' as const, pkg: 'serde@1', fresh: true }
  const manifest = planEntry(
    T,
    [
      { ...unit, profileDir: P },
      { ...unit, profileDir: '/elsewhere/release' }, // outside the target dir: not kept
      { ...unit, profileDir: P, hash: '1111111111111111' } // no fingerprint: not kept
    ],
    () => listing
  )
  expect(manifest.units.map((u) => u.profile)).toEqual(['x86_64-unknown-linux-gnu/release'])
})

test('a manifest naming paths outside the target directory is refused', () => {
  const unit = { profile: 'release', hash: 'ab', kind: 'lib', pkg: 'x@1', entries: ['deps/x'] }
  expect(parseManifest(JSON.stringify({ version: 1, units: [unit] }))).not.toBeNull()
  for (const bad of [
    { ...unit, profile: '../../home' },
    { ...unit, entries: ['../../../etc/passwd'] },
    { ...unit, profile: '/abs' }
  ])
    expect(parseManifest(JSON.stringify({ version: 1, units: [bad] }))).toBeNull()
  expect(parseManifest('{"version":2,"units":[]}')).toBeNull()
})

test('warm keys follow the sccache keys and also name CARGO_HOME', () => {
  const keys = { key: 'k-lock1', restoreKeys: ['k-', 'k'] }
  const a = warmKeys(keys, '/home/runner/.cargo')
  expect(a.key).toMatch(/^rust-optimize-warm-v1-home[0-9a-f]{8}-k-lock1$/)
  expect(a.restoreKeys.map((k) => k.slice(a.key.length - 'k-lock1'.length))).toEqual(['k-', 'k'])
  expect(warmKeys(keys, '/other/.cargo').key).not.toBe(a.key)
})

test('warm-cache: auto follows the local backend; a bad value names the input', () => {
  expect(warmEnabled('auto', true, 'local')).toBe(true)
  expect(warmEnabled('auto', true, 'env')).toBe(false)
  expect(warmEnabled('auto', false, 'local')).toBe(false)
  expect(warmEnabled('true', true, 'gha')).toBe(true)
  expect(warmEnabled('true', false, 'local')).toBe(true)
  expect(warmEnabled('false', true, 'local')).toBe(false)
  expect(parseWarmCache('')).toBe('auto')
  expect(parseWarmCache(' TRUE ')).toBe('true')
  expect(parseWarmCache('false')).toBe('false')
  expect(() => parseWarmCache('sometimes')).toThrow(
    `Input 'warm-cache' has an invalid value "sometimes": expected auto (with the local sccache backend), true (with every backend, or without sccache) or false`
  )
})

test('RUST_OPTIMIZE_WARM_CACHE: deprecated, read while the input is auto, always warned about', () => {
  expect(resolveWarmCache('true', undefined)).toEqual({ mode: 'true', warning: null })
  expect(resolveWarmCache('auto', ' ')).toEqual({ mode: 'auto', warning: null })
  expect(resolveWarmCache('auto', 'False')).toEqual({
    mode: 'false',
    warning:
      "RUST_OPTIMIZE_WARM_CACHE is deprecated: set the input 'warm-cache: false' instead (the variable is read for one more release)"
  })
  expect(resolveWarmCache('true', 'false')).toEqual({
    mode: 'true',
    warning:
      "RUST_OPTIMIZE_WARM_CACHE is deprecated and ignored here: the input 'warm-cache: true' decides"
  })
  expect(() => resolveWarmCache('auto', 'sometimes')).toThrow(
    `RUST_OPTIMIZE_WARM_CACHE has an invalid value "sometimes": expected auto (with the local sccache backend), true (with every backend, or without sccache) or false (it is deprecated: use the input 'warm-cache')`
  )
})

test('saved after a miss or a fallback whenever it holds units; never over an exact hit', () => {
  const base = { saveCache: true, serviceAvailable: true, key: 'k', units: 5, compiled: 0 }
  expect(warmSaveDecision({ ...base, matchedKey: null }).save).toBe(true)
  // A fallback entry pruned to what this build used is saved even when nothing was compiled.
  expect(warmSaveDecision({ ...base, matchedKey: 'k-old' })).toEqual({
    save: true,
    reason: 'restored from a fallback (k-old)'
  })
  expect(warmSaveDecision({ ...base, matchedKey: 'k' }).save).toBe(false)
  expect(warmSaveDecision({ ...base, matchedKey: 'k', compiled: 2 }).reason).toMatch(
    /immutable, so the 2 units cargo rebuilt are saved with the next key/
  )
  expect(warmSaveDecision({ ...base, matchedKey: null, units: 0 }).save).toBe(false)
  expect(warmSaveDecision({ ...base, matchedKey: null, saveCache: false }).save).toBe(false)
})

test('the log describes an entry by its units, packages and kinds, with its size when measured', () => {
  const unit = (pkg: string, kind: string, hash: string): Record<string, unknown> => ({
    profile: 'release',
    hash,
    kind,
    pkg,
    entries: [`.fingerprint/x-${hash}`]
  })
  const manifest = parseManifest(
    JSON.stringify({
      version: 1,
      units: [
        unit('serde@1.0.152', 'lib', 'a1'),
        unit('serde@1.0.152', 'build-script', 'a2'),
        unit('serde@1.0.152', 'build-script-run', 'a3'),
        unit('serde_derive@1.0.152', 'proc-macro', 'a4')
      ]
    })
  )
  if (manifest === null) throw new Error('manifest refused')
  expect(describeEntry(manifest, 3 * 1048576 + 104858)).toBe(
    '4 units of 2 packages (1 libraries, 1 proc-macros, 1 build scripts, 1 build-script runs), 3.1 MiB'
  )
  expect(describeEntry(manifest, null)).toBe(
    '4 units of 2 packages (1 libraries, 1 proc-macros, 1 build scripts, 1 build-script runs)'
  )
})
