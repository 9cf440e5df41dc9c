// The SBOM's decisions: which units count, the linked graph, purls, licenses, metadata arguments.
import { parseCargoJson } from '../../src/cargo/messages.js'
import { Version } from '@cyclonedx/cyclonedx-library/Spec'
import { JsonStrictValidator } from '@cyclonedx/cyclonedx-library/Validation'
import { cargoPurl, cyclonedxJson, licenseExpression } from '../../src/supply/cyclonedx.js'
import { linkedGraph, targetUnit, tripleDirName } from '../../src/supply/linked.js'
import { metadataArgs } from '../../src/supply/metadata.js'
import { metadataPackage as pkg } from '../support/metadata.js'

const T = 'x86_64-unknown-linux-gnu'
const line = (kind: string, file: string, id = 'p#1.0') =>
  JSON.stringify({
    reason: 'compiler-artifact',
    package_id: id,
    target: { kind: [kind] },
    filenames: [file]
  })

test('target units: compiled under <target-dir>/<triple>/, not build scripts or proc-macros', () => {
  expect(targetUnit(parseCargoJson(line('lib', `/t/${T}/release/deps/libm.rlib`)), T)).toEqual({
    packageId: 'p#1.0',
    files: [`/t/${T}/release/deps/libm.rlib`]
  })
  expect(targetUnit(parseCargoJson(line('lib', '/t/release/deps/libm.rlib')), T)).toBeNull() // host
  expect(
    targetUnit(parseCargoJson(line('proc-macro', `/t/${T}/release/deps/libx.so`)), T)
  ).toBeNull()
  expect(targetUnit(parseCargoJson(line('custom-build', `/t/${T}/release/build/x`)), T)).toBeNull()
  expect(targetUnit(parseCargoJson('{"reason":"compiler-artifact"'), T)).toBeNull()
  expect(targetUnit(parseCargoJson('Compiling x'), T)).toBeNull()
})

const dep = (p: string, kind: 'dev' | 'build' | null = null) => ({
  pkg: p,
  dep_kinds: [{ kind, target: null }]
})

test('the linked graph follows normal edges through target units only', () => {
  const meta = {
    workspace_root: '/w',
    packages: ['app@1.0', 'a@1.0', 'b@1.0', 'c@1.0', 'dev@1.0', 'bld@1.0', 'host@1.0'].map((id) =>
      pkg(id)
    ),
    resolve: {
      nodes: [
        {
          id: 'app@1.0',
          deps: [dep('a@1.0'), dep('dev@1.0', 'dev'), dep('bld@1.0', 'build'), dep('host@1.0')]
        },
        { id: 'a@1.0', deps: [dep('b@1.0'), dep('app@1.0')] },
        { id: 'b@1.0', deps: [] },
        { id: 'host@1.0', deps: [dep('c@1.0')] },
        { id: 'c@1.0', deps: [] }
      ]
    }
  }
  // host is a proc-macro (no target unit); c is a target unit, but only host reaches it.
  const units = new Set(['app@1.0', 'a@1.0', 'b@1.0', 'c@1.0', 'dev@1.0', 'bld@1.0'])
  const g = linkedGraph(meta, 'app@1.0', units)
  expect(g?.crates.map((p) => p.id)).toEqual(['a@1.0', 'b@1.0'])
  expect(Object.fromEntries(g?.edges ?? [])).toEqual({
    'app@1.0': ['a@1.0'],
    'a@1.0': ['b@1.0'],
    'b@1.0': []
  })
  expect(linkedGraph(meta, 'nope', units)).toBeNull()
  expect(linkedGraph({ ...meta, resolve: null }, 'app@1.0', units)).toBeNull()
})

test('purls: crates.io plain, other registries, git and path crates qualified', () => {
  expect(cargoPurl(pkg('memchr@2.5.0'), '/w')).toBe('pkg:cargo/memchr@2.5.0')
  expect(cargoPurl(pkg('m@1.0.0', { source: 'sparse+https://index.crates.io/' }), '/w')).toBe(
    'pkg:cargo/m@1.0.0'
  )
  expect(cargoPurl(pkg('m@1.0.0', { source: 'sparse+https://r.example/index/' }), '/w')).toBe(
    'pkg:cargo/m@1.0.0?repository_url=https%3A%2F%2Fr.example%2Findex%2F'
  )
  expect(
    cargoPurl(pkg('g@0.2.0', { source: 'git+https://github.com/o/g?branch=main#abc123' }), '/w')
  ).toBe('pkg:cargo/g@0.2.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fo%2Fg%40abc123')
  expect(
    cargoPurl(pkg('u@0.1.0', { source: null, manifest_path: '/w/crates/u/Cargo.toml' }), '/w')
  ).toBe('pkg:cargo/u@0.1.0?download_url=file%3Acrates%2Fu')
})

test("cargo's license field as an SPDX expression", () => {
  expect(licenseExpression('MIT/Apache-2.0')).toBe('MIT OR Apache-2.0')
  expect(licenseExpression('MIT OR Apache-2.0')).toBe('MIT OR Apache-2.0')
  expect([licenseExpression(null), licenseExpression(' ')]).toEqual([null, null])
})

test('the document validates against CycloneDX 1.6, and a broken one does not', async () => {
  const root = pkg('app@1.0', {
    source: null,
    manifest_path: '/w/Cargo.toml',
    license: null,
    license_file: '/w/LICENSE'
  })
  const a = pkg('a@1.0', { repository: 'https://github.com/o/a' })
  const text = cyclonedxJson(
    { name: 'app', kind: 'bin', sha256: 'ab'.repeat(32) },
    {
      root,
      crates: [a],
      edges: new Map([
        ['app@1.0', ['a@1.0']],
        ['a@1.0', []]
      ])
    },
    '/w'
  )
  const validator = new JsonStrictValidator(Version.v1dot6)
  expect(await validator.validate(text)).toBeNull()
  const bom = JSON.parse(text) as Record<string, unknown>
  expect(
    await validator.validate(JSON.stringify({ ...bom, components: [{ name: 'x' }] }))
  ).not.toBeNull()
})

test('cargo metadata gets the build’s target, features and --config arguments', () => {
  const s = {
    workingDirectory: '/w',
    manifestPath: '/w/Cargo.toml',
    features: ['a', 'b'],
    allFeatures: false,
    noDefaultFeatures: true,
    locked: true,
    cargoArgs: ['-v', '--config', 'x=1', '--config=y=2']
  }
  expect(metadataArgs(s, T)).toEqual([
    'metadata',
    '--format-version',
    '1',
    '--filter-platform',
    T,
    '--offline',
    '--manifest-path',
    '/w/Cargo.toml',
    '--features',
    'a,b',
    '--no-default-features',
    '--locked',
    '--config',
    'x=1',
    '--config=y=2'
  ])
})

test('target units: other reasons, missing fields, one file in the triple directory, spec files', () => {
  const mention = JSON.stringify({
    reason: 'compiler-message',
    package_id: 'p#1.0',
    target: { kind: ['lib'] },
    filenames: [`/t/${T}/release/deps/libm.rlib`],
    message: '"compiler-artifact"'
  })
  expect(targetUnit(parseCargoJson(mention), T)).toBeNull()
  const noId = JSON.stringify({ reason: 'compiler-artifact', filenames: [`/t/${T}/x`] })
  expect(targetUnit(parseCargoJson(noId), T)).toBeNull()
  const bare = JSON.stringify({ reason: 'compiler-artifact', package_id: 'p#1.0' })
  expect(targetUnit(parseCargoJson(bare), T)).toBeNull()
  const exe = JSON.stringify({
    reason: 'compiler-artifact',
    package_id: 'p#1.0',
    filenames: ['/t/release/deps/app.d', `/t/${T}/release/app`],
    executable: `/t/${T}/release/app`
  })
  expect(targetUnit(parseCargoJson(exe), T)).toEqual({
    packageId: 'p#1.0',
    files: ['/t/release/deps/app.d', `/t/${T}/release/app`, `/t/${T}/release/app`]
  })
  expect(tripleDirName('/specs/my-os.json')).toBe('my-os')
  expect(tripleDirName(T)).toBe(T)
})

test('the linked graph: sorted edges, crates by name then version, cycles visited once', () => {
  const meta = {
    workspace_root: '/w',
    packages: ['app@1.0', 'z@1.0', 'x@2.0', 'x@1.0', 'm@1.0'].map((id) => pkg(id)),
    resolve: {
      nodes: [
        { id: 'app@1.0', deps: [dep('z@1.0'), dep('x@2.0'), dep('z@1.0')] },
        { id: 'z@1.0', deps: [dep('x@1.0'), dep('m@1.0')] },
        { id: 'x@2.0', deps: [dep('m@1.0')] },
        { id: 'x@1.0', deps: [] },
        { id: 'm@1.0', deps: [dep('z@1.0')] }
      ]
    }
  }
  const g = linkedGraph(meta, 'app@1.0', new Set(meta.packages.map((p) => p.id)))
  expect(g?.crates.map((p) => p.id)).toEqual(['m@1.0', 'x@1.0', 'x@2.0', 'z@1.0'])
  expect(Object.fromEntries(g?.edges ?? [])).toEqual({
    'app@1.0': ['x@2.0', 'z@1.0'],
    'z@1.0': ['m@1.0', 'x@1.0'],
    'x@2.0': ['m@1.0'],
    'x@1.0': [],
    'm@1.0': ['z@1.0']
  })
})
