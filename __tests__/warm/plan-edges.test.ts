// The warm entry's plan, edge by edge: which names carry a unit's hash, which units are kept and in
// what order, which manifests are refused, and every reason of the save decision.
import {
  parseManifest,
  planEntry,
  unitEntries,
  warmSaveDecision,
  type Listing
} from '../../src/warm/plan.js'

const T = '/w/target'
const H = '0123456789abcdef'
const unit = (profileDir: string, hash: string) =>
  ({ profileDir, hash, kind: 'lib', pkg: 'serde@1', fresh: true }) as const
const listing = (...hashes: string[]): Listing => ({
  '.fingerprint': hashes.map((h) => `serde-${h}`),
  build: [],
  deps: hashes.flatMap((h) => [`serde-${h}.d`, `libserde-${h}.rlib`])
})

test("a unit's names, sorted; the hash ends the name or comes before an extension", () => {
  const names: Listing = {
    '.fingerprint': [`serde-${H}`],
    build: [`serde-${H}x`, `serde\n-x-${H}`],
    deps: [`serde-${H}.d`, `libserde-${H}.rlib`, `libserde-${H}0.rlib`]
  }
  expect(unitEntries(names, H)).toEqual([
    `.fingerprint/serde-${H}`,
    `deps/libserde-${H}.rlib`,
    `deps/serde-${H}.d`
  ])
})

test('kept: units below the target directory with a fingerprint, sorted by profile and hash', () => {
  const B = 'bbbbbbbbbbbbbbbb'
  const A = 'aaaaaaaaaaaaaaaa'
  const plan = planEntry(
    T,
    [
      unit(`${T}/release`, B),
      unit(`${T}/x86_64-unknown-linux-gnu/release`, H),
      unit(`${T}/release`, A),
      unit(T, H), // the target directory itself is no profile directory
      unit(`${T}/release`, '2222222222222222') // deps files but no fingerprint
    ],
    () => ({
      ...listing(A, B, H),
      deps: [...listing(A, B, H).deps, 'libserde-2222222222222222.rlib']
    })
  )
  expect(plan.units.map((u) => [u.profile, u.hash])).toEqual([
    ['release', A],
    ['release', B],
    ['x86_64-unknown-linux-gnu/release', H]
  ])
  expect(plan.units[0].entries).toEqual([
    `.fingerprint/serde-${A}`,
    `deps/libserde-${A}.rlib`,
    `deps/serde-${A}.d`
  ])
})

test('a manifest with an empty path, or one bad unit or entry among good ones, is refused', () => {
  const good = { profile: 'release', hash: 'ab', kind: 'lib', pkg: 'x@1', entries: ['deps/x'] }
  const parse = (...units: unknown[]) => parseManifest(JSON.stringify({ version: 1, units }))
  expect(parse(good, { ...good, hash: 'cd' })).toEqual({
    version: 1,
    units: [good, { ...good, hash: 'cd' }]
  })
  expect(parse(good, { ...good, profile: '' })).toBeNull()
  expect(parse({ ...good, entries: ['deps/x', ''] })).toBeNull()
  expect(parse({ ...good, entries: ['deps/x', 'deps/../../x'] })).toBeNull()
  expect(parse(good, { ...good, entries: [7] })).toBeNull()
})

test('every reason of the save decision', () => {
  const base = { saveCache: true, serviceAvailable: true, key: 'k', units: 5, compiled: 0 }
  expect(warmSaveDecision({ ...base, matchedKey: null, saveCache: false })).toEqual({
    save: false,
    reason: 'save-cache is false'
  })
  expect(warmSaveDecision({ ...base, matchedKey: null, serviceAvailable: false })).toEqual({
    save: false,
    reason: 'the Actions cache service is not available'
  })
  expect(warmSaveDecision({ ...base, matchedKey: null, units: 0 })).toEqual({
    save: false,
    reason: 'this build used no registry dependency'
  })
  expect(warmSaveDecision({ ...base, matchedKey: 'k' })).toEqual({
    save: false,
    reason: 'exact hit and nothing new'
  })
  expect(warmSaveDecision({ ...base, matchedKey: 'k', compiled: 1 })).toEqual({
    save: false,
    reason:
      'exact hit: entries are immutable, so the 1 units cargo rebuilt are saved with the next key'
  })
  expect(warmSaveDecision({ ...base, matchedKey: null })).toEqual({
    save: true,
    reason: 'no entry existed'
  })
})
