// Which registry units one line of cargo's JSON messages names, edge by edge: the file names that
// carry a unit's hash, the package ids of path packages, the kinds and the freshness of a unit seen
// twice.
import { parseCargoJson } from '../../src/cargo/messages.js'
import { isRegistryPackage, UnitLog, unitOfFile, unitsOfMessage } from '../../src/warm/units.js'

const P = '/w/target/release'
const H = '0123456789abcdef'
const REG = 'registry+https://github.com/rust-lang/crates.io-index#serde@1.0.152'
const line = (o: Record<string, unknown>): string =>
  JSON.stringify({ reason: 'compiler-artifact', package_id: REG, fresh: false, ...o })
const lib = (o: Record<string, unknown> = {}): string =>
  line({ target: { kind: ['lib'] }, filenames: [`${P}/deps/libserde-${H}.rlib`], ...o })

test('a unit is a hashed file of deps/ or a hashed directory of build/, nothing else', () => {
  expect(unitOfFile(`${P}/deps/libserde-${H}.rlib`)).toEqual({ profileDir: P, hash: H })
  expect(unitOfFile(`${P}/deps/serde-${H}`)).toEqual({ profileDir: P, hash: H })
  expect(unitOfFile(`${P}/build/serde-${H}/out`)).toEqual({ profileDir: P, hash: H })
  // The hash ends the name or comes before an extension.
  expect(unitOfFile(`${P}/deps/libserde-${H}x.rlib`)).toBeNull()
  expect(unitOfFile(`${P}/deps/serde-${H}g`)).toBeNull()
  // A file name is one line.
  expect(unitOfFile(`${P}/deps/lib\nserde-${H}.rlib`)).toBeNull()
  // incremental/ holds hashed directories too, but no unit cargo could reuse from the entry.
  expect(unitOfFile(`${P}/incremental/serde-${H}/s-abc`)).toBeNull()
  expect(unitOfFile(`${P}/app`)).toBeNull()
})

test('path packages in both spellings of a package id are never kept', () => {
  expect(isRegistryPackage('path+file:///w/app#0.1.0')).toBe(false)
  expect(isRegistryPackage('app 0.1.0 (path+file:///w/app)')).toBe(false)
  expect(isRegistryPackage(REG)).toBe(true)
  expect(
    isRegistryPackage('serde 1.0.152 (registry+https://github.com/rust-lang/crates.io-index)')
  ).toBe(true)
  // Only the third word of the old spelling is the source.
  expect(isRegistryPackage('app 0.1.0 extra (path+file:///w/app)')).toBe(true)
})

test('the package is named name@version in both spellings of a package id', () => {
  const old = 'serde 1.0.152 (registry+https://github.com/rust-lang/crates.io-index)'
  expect(unitsOfMessage(parseCargoJson(lib({ package_id: old })))[0].pkg).toBe('serde@1.0.152')
  expect(unitsOfMessage(parseCargoJson(lib()))[0].pkg).toBe('serde@1.0.152')
  expect(unitsOfMessage(parseCargoJson(lib({ package_id: '#serde@1.0.152' })))[0].pkg).toBe(
    'serde@1.0.152'
  )
})

test('kinds: a build script, a proc-macro, else a library (also without a target)', () => {
  const kind = (o: Record<string, unknown>): string =>
    unitsOfMessage(parseCargoJson(lib(o)))[0].kind
  expect(kind({ target: { kind: ['custom-build'] } })).toBe('build-script')
  expect(kind({ target: { kind: ['proc-macro'] } })).toBe('proc-macro')
  expect(kind({ target: { kind: ['rlib', 'cdylib'] } })).toBe('lib')
  expect(kind({ target: undefined })).toBe('lib')
})

test("one unit per hash of a line's files; only JSON objects that start the line are read", () => {
  const two = line({
    target: { kind: ['lib'] },
    filenames: [
      `${P}/deps/libserde-${H}.rlib`,
      `${P}/deps/libserde-${H}.rmeta`,
      `${P}/deps/libserde-fedcba9876543210.rlib`
    ]
  })
  expect(unitsOfMessage(parseCargoJson(two))).toEqual([
    { profileDir: P, hash: H, kind: 'lib', pkg: 'serde@1.0.152', fresh: false },
    { profileDir: P, hash: 'fedcba9876543210', kind: 'lib', pkg: 'serde@1.0.152', fresh: false }
  ])
  expect(unitsOfMessage(parseCargoJson(` ${lib()}`))).toEqual([])
  expect(unitsOfMessage(parseCargoJson(lib({ reason: 'compiler-message' })))).toEqual([])
  expect(unitsOfMessage(parseCargoJson(lib({ filenames: 'x' })))).toEqual([])
})

test("only build-script-executed counts its out_dir as the script's run", () => {
  const out_dir = `${P}/build/serde-${H}/out`
  expect(unitsOfMessage(parseCargoJson(lib({ out_dir })))).toEqual([
    { profileDir: P, hash: H, kind: 'lib', pkg: 'serde@1.0.152', fresh: false }
  ])
  expect(
    unitsOfMessage(parseCargoJson(line({ reason: 'build-script-executed', out_dir })))
  ).toEqual([
    { profileDir: P, hash: H, kind: 'build-script-run', pkg: 'serde@1.0.152', fresh: true }
  ])
  expect(
    unitsOfMessage(parseCargoJson(line({ reason: 'build-script-executed', out_dir: `${P}/x` })))
  ).toEqual([])
})

test('a unit seen twice is fresh only when cargo compiled it neither time', () => {
  const seen = (...fresh: boolean[]): boolean[] => {
    const log = new UnitLog()
    for (const f of fresh) log.observe(parseCargoJson(lib({ fresh: f })))
    return log.all().map((u) => u.fresh)
  }
  expect(seen(false, true)).toEqual([false])
  expect(seen(true, false)).toEqual([false])
  expect(seen(true, true)).toEqual([true])
})
