// The SBOM document field by field, and purls and licenses case by case (named by index: Stryker's
// test filter misses names with brackets or quotes).
import { cargoPurl, cyclonedxJson, licenseExpression } from '../../src/supply/cyclonedx.js'
import type { MetadataPackage } from '../../src/supply/linked.js'
import { metadataPackage as pkg } from '../support/metadata.js'

const purls: [Partial<MetadataPackage>, string][] = [
  [{ source: null, manifest_path: '/w/Cargo.toml' }, 'pkg:cargo/x@1.0?download_url=file%3A.'],
  [
    { source: 'git+https://h/o/g#abc' },
    'pkg:cargo/x@1.0?vcs_url=git%2Bhttps%3A%2F%2Fh%2Fo%2Fg%40abc'
  ],
  [{ source: 'git+https://h/o/g?rev=1' }, 'pkg:cargo/x@1.0?vcs_url=git%2Bhttps%3A%2F%2Fh%2Fo%2Fg'],
  [
    { source: 'registry+https://r/registry+x/' },
    'pkg:cargo/x@1.0?repository_url=https%3A%2F%2Fr%2Fregistry%2Bx%2F'
  ],
  [{ source: 'git+https://h/o/g' }, 'pkg:cargo/x@1.0?vcs_url=git%2Bhttps%3A%2F%2Fh%2Fo%2Fg'],
  [{ name: 'a b', version: '1.0+z' }, 'pkg:cargo/a%20b@1.0%2Bz']
]
it.each(purls.map((row, i) => [i, ...row] as const))('purl case %i', (_, extra, want) => {
  expect(cargoPurl(pkg('x@1.0', extra), '/w')).toBe(want)
})

const licenses: [string | null, string | null][] = [
  ['MIT / Apache-2.0', 'MIT OR Apache-2.0'],
  ['Apache-2.0', 'Apache-2.0'],
  ['', null]
]
it.each(licenses.map((row, i) => [i, ...row] as const))('license case %i', (_, raw, want) => {
  expect(licenseExpression(raw)).toBe(want)
})

describe('the document of one artifact', () => {
  const root = pkg('app@1.0', {
    source: null,
    manifest_path: '/w/Cargo.toml',
    license: null,
    license_file: '/w/LICENSE-MIT',
    description: 'An app'
  })
  const other = 'registry+https://r.example/i'
  const graph = {
    root,
    // listed out of order, and three crates with one name, version and source
    crates: [
      pkg('b@2.0'),
      pkg('a@1.0', { repository: 'https://github.com/o/a', source: other }),
      pkg('a@1.0#2', { source: other }),
      pkg('a@1.0#3', { source: other })
    ],
    edges: new Map([
      ['app@1.0', ['b@2.0', 'a@1.0', 'a@1.0#2', 'gone@1.0']],
      ['b@2.0', []],
      ['a@1.0', ['b@2.0']],
      ['a@1.0#2', []],
      ['a@1.0#3', []],
      ['gone@1.0', ['b@2.0']]
    ])
  }
  const A = 'pkg:cargo/a@1.0?repository_url=https%3A%2F%2Fr.example%2Fi'
  const APP = 'pkg:cargo/app@1.0?download_url=file%3A.'
  const text = cyclonedxJson({ name: 'tool', kind: 'cdylib', sha256: 'ab'.repeat(32) }, graph, '/w')
  const bom = JSON.parse(text) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

  it('is indented by two spaces and ends with a newline', () => {
    expect(
      text.startsWith('{\n  "$schema": "http://cyclonedx.org/schema/bom-1.6.schema.json",\n')
    ).toBe(true)
    expect(text.endsWith('\n}\n')).toBe(true)
  })

  it('describes the artifact as metadata.component, a library for a cdylib', () => {
    expect(bom.metadata).toEqual({
      tools: { components: [{ type: 'application', name: 'rust-optimize-action' }] },
      component: {
        type: 'library',
        name: 'app',
        version: '1.0',
        'bom-ref': APP,
        description: 'An app',
        hashes: [{ alg: 'SHA-256', content: 'ab'.repeat(32) }],
        licenses: [{ license: { name: 'see LICENSE-MIT' } }],
        purl: APP,
        properties: [{ name: 'rust-optimize:artifact', value: 'tool' }]
      }
    })
    const bin = cyclonedxJson({ name: 'tool', kind: 'bin', sha256: 'ab'.repeat(32) }, graph, '/w')
    expect(JSON.parse(bin).metadata.component.type).toBe('application')
  })

  it('lists every other crate once, sorted, a repeated purl told apart by its bom-ref', () => {
    const lib = (name: string, version: string, ref: string, purl = ref) => ({
      type: 'library',
      name,
      version,
      'bom-ref': ref,
      licenses: [{ expression: 'MIT' }],
      purl
    })
    expect(bom.components).toEqual([
      {
        ...lib('a', '1.0', A),
        externalReferences: [{ url: 'https://github.com/o/a', type: 'vcs' }]
      },
      lib('a', '1.0', `${A}#2`, A),
      lib('a', '1.0', `${A}#3`, A),
      lib('b', '2.0', 'pkg:cargo/b@2.0')
    ])
  })

  it('gives the graph by bom-ref, leaving out what is not in the document', () => {
    expect(bom.dependencies).toEqual([
      { ref: A, dependsOn: ['pkg:cargo/b@2.0'] },
      { ref: `${A}#2` },
      { ref: `${A}#3` },
      { ref: APP, dependsOn: [A, `${A}#2`, 'pkg:cargo/b@2.0'] },
      { ref: 'pkg:cargo/b@2.0' }
    ])
  })
})
