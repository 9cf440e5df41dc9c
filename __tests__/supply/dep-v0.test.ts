// cargo-auditable's list: which packages, which kind, the order, the indices and the sources.
import { depV0, depV0Source, DEP_V0_FORMAT } from '../../src/supply/dep-v0.js'
import { embedArgs } from '../../src/supply/auditable.js'
import type { MetadataPackage } from '../../src/supply/linked.js'

const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index'
const pkg = (id: string, source: string | null = CRATES_IO): MetadataPackage => ({
  id,
  name: id.split('@')[0],
  version: id.split('@')[1],
  source,
  license: null,
  license_file: null,
  description: null,
  manifest_path: `/w/${id}/Cargo.toml`
})
const dep = (p: string, ...kinds: ('dev' | 'build' | null)[]) => ({
  pkg: p,
  dep_kinds: (kinds.length === 0 ? [null] : kinds).map((kind) => ({ kind, target: null }))
})

test('linked crates are runtime, the rest the package reaches (not dev) build-time', () => {
  const meta = {
    workspace_root: '/w',
    packages: [
      pkg('app@0.3.0', null),
      pkg('zeta@1.0.0'),
      pkg('util@0.1.0', 'path+file:///w/util'),
      pkg('macro@1.0.0'),
      pkg('syn@2.0.0'),
      pkg('gen@0.1.0', null),
      pkg('cc@1.0.0', 'sparse+https://my.registry/index/'),
      pkg('testkit@0.1.0', null),
      pkg('both@1.0.0', 'git+https://g/x?branch=main#abc'),
      pkg('other@1.0.0')
    ],
    resolve: {
      nodes: [
        {
          id: 'app@0.3.0',
          deps: [
            dep('zeta@1.0.0'),
            dep('util@0.1.0'),
            dep('macro@1.0.0'),
            dep('gen@0.1.0', 'build'),
            dep('testkit@0.1.0', 'dev'),
            dep('both@1.0.0', null, 'build')
          ]
        },
        { id: 'zeta@1.0.0', deps: [] },
        { id: 'util@0.1.0', deps: [dep('zeta@1.0.0')] },
        { id: 'macro@1.0.0', deps: [dep('syn@2.0.0')] },
        { id: 'syn@2.0.0', deps: [] },
        { id: 'gen@0.1.0', deps: [dep('cc@1.0.0'), dep('zeta@1.0.0')] },
        { id: 'cc@1.0.0', deps: [] },
        { id: 'testkit@0.1.0', deps: [dep('other@1.0.0')] },
        { id: 'both@1.0.0', deps: [] },
        { id: 'other@1.0.0', deps: [] }
      ]
    }
  }
  // macro is a proc-macro and gen a build-dependency: host units, not target ones.
  const units = new Set(['app@0.3.0', 'zeta@1.0.0', 'util@0.1.0', 'both@1.0.0', 'other@1.0.0'])
  const list = depV0(meta, 'app@0.3.0', units)
  expect(JSON.stringify(list)).toBe(
    JSON.stringify({
      packages: [
        {
          name: 'app',
          version: '0.3.0',
          source: 'local',
          dependencies: [1, 3, 4, 6, 7],
          root: true
        },
        { name: 'both', version: '1.0.0', source: 'git' },
        { name: 'cc', version: '1.0.0', source: 'registry', kind: 'build' },
        { name: 'gen', version: '0.1.0', source: 'local', kind: 'build', dependencies: [2, 7] },
        { name: 'macro', version: '1.0.0', source: 'crates.io', kind: 'build', dependencies: [5] },
        { name: 'syn', version: '2.0.0', source: 'crates.io', kind: 'build' },
        { name: 'util', version: '0.1.0', source: 'local', dependencies: [7] },
        { name: 'zeta', version: '1.0.0', source: 'crates.io' }
      ],
      format: 1
    })
  )
  expect(DEP_V0_FORMAT).toBe(1)
  expect(depV0(meta, 'nope@1.0.0', units)).toBeNull()
})

test('sources as cargo-auditable names them', () => {
  expect(depV0Source(null)).toBe('local')
  expect(depV0Source('path+file:///w/x#0.1.0')).toBe('local')
  expect(depV0Source(CRATES_IO)).toBe('crates.io')
  expect(depV0Source('sparse+https://index.crates.io/')).toBe('crates.io')
  expect(depV0Source('git+https://github.com/a/b?rev=1#1')).toBe('git')
  expect(depV0Source('registry+https://my.registry/index')).toBe('registry')
  expect(depV0Source('sparse+https://my.registry/index/')).toBe('registry')
})

test('one name and version from two sources: both listed, ordered by source', () => {
  const meta = {
    workspace_root: '/w',
    packages: [
      pkg('app@1.0.0', null),
      pkg('x@1.0.0'),
      { ...pkg('x@1.0.0', 'git+https://g/x#1'), id: 'x-git' }
    ],
    resolve: {
      nodes: [
        { id: 'app@1.0.0', deps: [dep('x-git'), dep('x@1.0.0')] },
        { id: 'x@1.0.0', deps: [] },
        { id: 'x-git', deps: [] }
      ]
    }
  }
  const list = depV0(meta, 'app@1.0.0', new Set(['app@1.0.0', 'x@1.0.0', 'x-git']))
  expect(list?.packages).toEqual([
    { name: 'app', version: '1.0.0', source: 'local', dependencies: [1, 2], root: true },
    { name: 'x', version: '1.0.0', source: 'crates.io' },
    { name: 'x', version: '1.0.0', source: 'git' }
  ])
})

test('objcopy replaces a list already there (a build cargo did not link again)', () => {
  expect(embedArgs('/s/0.z', '/t/app', '/t/.app.dep-v0')).toEqual([
    '--remove-section=.dep-v0',
    '--add-section=.dep-v0=/s/0.z',
    '/t/app',
    '/t/.app.dep-v0'
  ])
})

test('a dependency both dev and normal counts; ids metadata does not list are left out', () => {
  const meta = {
    workspace_root: '/w',
    packages: [pkg('app@1.0.0', null), pkg('a@1.0.0'), pkg('b@1.0.0')],
    resolve: {
      nodes: [
        { id: 'app@1.0.0', deps: [dep('a@1.0.0', 'dev', null), dep('ghost@9.0.0')] },
        { id: 'a@1.0.0', deps: [dep('b@1.0.0', 'build')] },
        { id: 'b@1.0.0', deps: [dep('a@1.0.0')] },
        { id: 'ghost@9.0.0', deps: [] }
      ]
    }
  }
  // b and a depend on each other (never so in cargo): each is still visited once.
  const list = depV0(meta, 'app@1.0.0', new Set(['app@1.0.0', 'a@1.0.0', 'ghost@9.0.0']))
  expect(list?.packages).toEqual([
    { name: 'a', version: '1.0.0', source: 'crates.io', dependencies: [2] },
    { name: 'app', version: '1.0.0', source: 'local', dependencies: [0], root: true },
    { name: 'b', version: '1.0.0', source: 'crates.io', kind: 'build', dependencies: [0] }
  ])
})
