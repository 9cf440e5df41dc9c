// Which objects of the local sccache directory the saved entry keeps. Pure.
import { describePrune, isObjectPath, unitHashes, verdict } from '../../src/sccache/prune-plan.js'

const HASH = 'a1b2c3d4e5f60718'
const OTHER = '0f1e2d3c4b5a6978'

test("objects are sccache's <c>/<c>/<hex key> files, nothing else in the directory", () => {
  const key = `ab${'0'.repeat(62)}`
  expect(isObjectPath(['a', 'b', key])).toBe(true)
  expect(isObjectPath(['a', 'c', key])).toBe(false) // not where sccache puts this key
  expect(isObjectPath(['a', 'b', 'ab12'])).toBe(false) // too short for a digest
  expect(isObjectPath(['a', 'b', `${key}.tmp`])).toBe(false)
  expect(isObjectPath(['preprocessor', 'a', key])).toBe(false)
  expect(isObjectPath(['a', 'b', 'c', key])).toBe(false)
  expect(isObjectPath(['a', 'b', key, 'extra'])).toBe(false)
  expect(isObjectPath(['a', 'b'])).toBe(false)
  // One hex character per directory level, the key hex from its first character to its last.
  const abb = `abb${'0'.repeat(61)}`
  expect(isObjectPath(['ab', 'b', abb])).toBe(false)
  expect(isObjectPath(['a', 'bb', abb])).toBe(false)
  expect(isObjectPath(['a', 'b', `abg${'0'.repeat(62)}`])).toBe(false)
  expect(isObjectPath(['a', 'b', `${key}z`])).toBe(false)
})

test('the unit hashes an object carries come from the names of its outputs', () => {
  expect(
    unitHashes([
      `libserde-${HASH}.rlib`,
      `libserde-${HASH}.rmeta`,
      `serde-${HASH}.d`,
      'stdout',
      'stderr'
    ])
  ).toEqual([HASH])
  expect(unitHashes([`libserde-${HASH}.rlib`, `libcore_lib-${OTHER}.rlib`])).toEqual([OTHER, HASH])
  // A name with no extension still carries its unit; a hash not at the end names none.
  expect(unitHashes([`serde-${HASH}`])).toEqual([HASH])
  expect(unitHashes([`notes-${HASH}-old`, `libserde-${HASH}.rlib.tmp`])).toEqual([])
  expect(unitHashes(['obj', 'stderr', 'libfoo-abc.rlib'])).toEqual([])
})

test('unused objects go; used ones go only when the warm entry holds every unit they belong to', () => {
  const warmUnits = new Set([HASH])
  const since = 1_000_000
  const v = (mtimeMs: number, hashes: string[]): string =>
    verdict({ mtimeMs, since, hashes, warmUnits })
  expect(v(since - 1, [])).toBe('unused')
  expect(v(since - 1, [OTHER])).toBe('unused')
  expect(v(since, [HASH])).toBe('in-warm')
  expect(v(since + 5, [HASH, OTHER])).toBe('keep')
  expect(v(since + 5, [OTHER])).toBe('keep')
  expect(v(since + 5, [])).toBe('keep') // a C object, or names that say nothing
})

test('the log line says what is kept and what was left out, and why', () => {
  expect(describePrune({ kept: 1, keptBytes: 1572864, unused: 0, inWarm: 0 })).toBe(
    'sccache cache: 1 object (1.5 MiB) kept'
  )
  expect(describePrune({ kept: 3, keptBytes: 0, unused: 2, inWarm: 0 })).toBe(
    'sccache cache: 3 objects (0.0 MiB) kept; left out: 2 this run did not use'
  )
  expect(describePrune({ kept: 0, keptBytes: 0, unused: 1, inWarm: 7 })).toBe(
    'sccache cache: 0 objects (0.0 MiB) kept; left out: 1 this run did not use, 7 whose outputs the warm entry holds'
  )
})
