// `auditable` and `sbom` with the other ways of building: a feature that links one more crate,
// `tune: size` (the shipped file is the measured candidate's, plus its list) and PGO (the
// profile-guided binary carries its list). Real builds of sbom-workspace.
import { readFileSync, statSync } from 'node:fs'
import type { Artifact } from '../../src/report/sizes.js'
import { runAction } from '../support/action.js'
import { APP_A_LIST, listIn, named, sectionLines } from '../support/dep-v0.js'
import {
  copyFixture,
  debianCargoHome,
  SBOM_WORKSPACE_CRATES,
  snapshot
} from '../support/fixtures.js'
import { requireTool } from '../support/pgo.js'

const INPUTS = {
  baseline: 'none',
  comment: 'false',
  sccache: 'false',
  locked: 'true',
  package: 'app-a',
  auditable: 'true',
  sbom: 'true'
}

interface Tuned {
  name: string
  size: number
  chosen: boolean
}

function onlyArtifact(outputs: Record<string, string>): Artifact {
  const artifacts = JSON.parse(outputs.artifacts) as Artifact[]
  expect(artifacts.map((a) => a.name)).toEqual(['app-a'])
  return artifacts[0]
}

const purls = (file: string) =>
  (
    JSON.parse(readFileSync(`${file}.cdx.json`, 'utf8')) as { components: { purl: string }[] }
  ).components
    .map((c) => c.purl)
    .sort()

test('tune: size with the feature on: the list and the SBOM gain libc, and the size differs from the measured one by the list alone', async () => {
  const dir = copyFixture('sbom-workspace')
  const before = snapshot(dir)
  const run = await runAction({
    cwd: dir,
    inputs: { ...INPUTS, preset: 'size', tune: 'size', features: 'extra' },
    env: { CARGO_HOME: debianCargoHome(SBOM_WORKSPACE_CRATES) }
  })
  if (run.code !== 0) throw new Error(`action failed:\n${run.stdout}`)
  expect(snapshot(dir)).toEqual(before)
  const shipped = onlyArtifact(run.outputs)
  const expected = [...APP_A_LIST, 'libc@0.2.139 crates.io runtime'].sort()
  expect(named(listIn(shipped.path)).sort()).toEqual(expected)
  expect(sectionLines(shipped.path)).toHaveLength(1)
  expect(purls(shipped.path)).toEqual([
    'pkg:cargo/libc@0.2.139',
    'pkg:cargo/memchr@2.5.0',
    'pkg:cargo/thiserror@1.0.38',
    'pkg:cargo/util-a@0.1.0?download_url=file%3Acrates%2Futil-a'
  ])

  // The file shipped is the chosen candidate's, with the list added after the link.
  const chosen = (JSON.parse(run.outputs.tune) as Tuned[]).filter((c) => c.chosen)
  expect(chosen).toHaveLength(1)
  expect(shipped.size).toBe(statSync(shipped.path).size)
  const added = shipped.size - chosen[0].size
  const section = /`[^`]*\/app-a`: 10 crates \(6 build-time\), (\d+) bytes/.exec(run.outputs.report)
  expect(section).not.toBeNull()
  // The section, its header (64 bytes) and its name: a few hundred bytes, never a relink.
  expect(added).toBeGreaterThanOrEqual(Number(section![1]) + 64)
  expect(added).toBeLessThan(Number(section![1]) + 64 + 64)
  expect(run.outputs.report).toContain(
    `The shipped files are not candidate '${chosen[0].name}''s own bytes (auditable adds their ` +
      `dependency list after the link): app-a (${shipped.target}) ${shipped.size} bytes, ` +
      `measured ${chosen[0].size}.`
  )
})

test('with PGO: the profile-guided binary carries its list', async () => {
  requireTool('llvm-profdata-22')
  const dir = copyFixture('sbom-workspace')
  const run = await runAction({
    cwd: dir,
    inputs: { ...INPUTS, preset: 'speed', 'pgo-train': 'app-a one\napp-a two' },
    env: { CARGO_HOME: debianCargoHome(SBOM_WORKSPACE_CRATES) }
  })
  if (run.code !== 0) throw new Error(`action failed:\n${run.stdout}`)
  expect(run.outputs['pgo-profile']).toMatch(/\.profdata$/)
  expect(run.outputs.report).toMatch(/Trained with 2 command\(s\)/)
  const shipped = onlyArtifact(run.outputs)
  expect(named(listIn(shipped.path)).sort()).toEqual([...APP_A_LIST].sort())
  expect(sectionLines(shipped.path)).toHaveLength(1)
  expect(purls(shipped.path)).toEqual([
    'pkg:cargo/memchr@2.5.0',
    'pkg:cargo/thiserror@1.0.38',
    'pkg:cargo/util-a@0.1.0?download_url=file%3Acrates%2Futil-a'
  ])
})
