// `sbom: true` end to end: a real build of a workspace whose two binaries link different crates
// (registry crates from Debian's directory source, path crates), with an optional crate behind a
// disabled feature, a build-only crate, a proc-macro and a dev-only crate, none of which is linked.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Version } from '@cyclonedx/cyclonedx-library/Spec'
import { JsonStrictValidator } from '@cyclonedx/cyclonedx-library/Validation'
import type { Artifact } from '../../src/report/sizes.js'
import { runAction } from '../support/action.js'
import {
  copyFixture,
  debianCargoHome,
  SBOM_WORKSPACE_CRATES,
  snapshot
} from '../support/fixtures.js'
import { requireTool } from '../support/tools.js'

const QUIET = { sccache: 'false', baseline: 'none', comment: 'false', 'size-breakdown': 'false' }

interface Bom {
  specVersion: string
  metadata: { component: { name: string; version: string; purl: string; 'bom-ref': string } }
  components: {
    name: string
    version: string
    purl: string
    'bom-ref': string
    licenses?: unknown[]
  }[]
  dependencies: { ref: string; dependsOn?: string[] }[]
}

test('one CycloneDX 1.6 SBOM per binary, listing exactly the crates linked into it', async () => {
  requireTool('sha256sum')
  const dir = copyFixture('sbom-workspace')
  const before = snapshot(dir)
  const run = await runAction({
    cwd: dir,
    inputs: { ...QUIET, preset: 'quick', sbom: 'true', locked: 'true' },
    env: { CARGO_HOME: debianCargoHome(SBOM_WORKSPACE_CRATES) }
  })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  expect(snapshot(dir)).toEqual(before)

  const artifacts = JSON.parse(run.outputs.artifacts) as (Artifact & { sbom: string | null })[]
  expect(artifacts.map((a) => a.name).sort()).toEqual(['app-a', 'app-b'])
  const validator = new JsonStrictValidator(Version.v1dot6)
  const boms: Record<string, Bom> = {}
  for (const a of artifacts) {
    expect(a.sbom).toBe(`${a.path}.cdx.json`)
    const text = readFileSync(a.sbom as string, 'utf8')
    expect(await validator.validate(text)).toBeNull()
    boms[a.name] = JSON.parse(text) as Bom
  }

  const a = boms['app-a']
  expect(a.specVersion).toBe('1.6')
  expect(a.metadata.component).toMatchObject({ name: 'app-a', version: '0.3.0' })
  expect(a.metadata.component.purl).toBe('pkg:cargo/app-a@0.3.0?download_url=file%3Aapp-a')
  // Not linked: libc (optional, feature off), gen (build-dependency), thiserror-impl and what it
  // uses (proc-macro), testkit (dev-dependency); and not app-a itself.
  expect(a.components.map((c) => c.purl).sort()).toEqual([
    'pkg:cargo/memchr@2.5.0',
    'pkg:cargo/thiserror@1.0.38',
    'pkg:cargo/util-a@0.1.0?download_url=file%3Acrates%2Futil-a'
  ])
  const memchr = a.components.find((c) => c.name === 'memchr')
  expect(memchr?.licenses).toEqual([{ expression: 'Unlicense OR MIT' }])
  const root = a.dependencies.find((d) => d.ref === a.metadata.component['bom-ref'])
  expect([...(root?.dependsOn ?? [])].sort()).toEqual(a.components.map((c) => c['bom-ref']).sort())

  const b = boms['app-b']
  expect(b.metadata.component.name).toBe('app-b')
  expect(b.components.map((c) => `${c.name}@${c.version}`).sort()).toEqual([
    'libc@0.2.139',
    'util-b@0.1.0'
  ])

  // The report has one line per SBOM; the checksums cover them too.
  expect(run.outputs.report).toContain('SBOMs (CycloneDX 1.6)')
  for (const name of ['app-a', 'app-b'])
    expect(run.outputs.report).toMatch(
      new RegExp(`/${name}\`: \`${name}\\.cdx\\.json\`, \\d linked crates`)
    )
  const sums = run.outputs.checksums
  const listed = readFileSync(sums, 'utf8')
  for (const x of artifacts)
    expect(listed).toContain(`  ${path.relative(path.dirname(sums), `${x.path}.cdx.json`)}\n`)
  execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: path.dirname(sums) })
})

test('without sbom or auditable: no SBOM, every artifact says null, no list in the binary', async () => {
  const dir = copyFixture('sbom-workspace')
  const run = await runAction({
    cwd: dir,
    inputs: { ...QUIET, preset: 'none', package: 'app-b' },
    env: { CARGO_HOME: debianCargoHome(SBOM_WORKSPACE_CRATES) }
  })
  expect(run.code).toBe(0)
  const artifacts = JSON.parse(run.outputs.artifacts) as (Artifact & { sbom: string | null })[]
  expect(artifacts.map((x) => [x.name, x.sbom])).toEqual([['app-b', null]])
  expect(run.outputs.report).not.toContain('SBOMs')
  // Nor, without auditable, a dependency list inside the binary.
  const sections = execFileSync('readelf', ['-SW', artifacts[0].path], { encoding: 'utf8' })
  expect(sections).toContain('.shstrtab')
  expect(sections).not.toContain('.dep-v0')
  expect(run.outputs.report).not.toContain('Dependency lists')
})

test('a bad sbom value fails before building, naming the input and what it accepts', async () => {
  const run = await runAction({
    cwd: copyFixture('sbom-workspace'),
    inputs: { ...QUIET, sbom: 'yes' }
  })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toContain(
    `::error::Input 'sbom' has an invalid value "yes": expected 'true' or 'false'`
  )
})
