// `auditable: true` end to end: a real build through the real sccache of a workspace whose two
// binaries link different crates. Each shipped binary carries its own list in a `.dep-v0` section,
// read back here with binutils (not the objcopy that wrote it) and inflated as cargo audit does.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sha256File } from '../../src/hash.js'
import type { Artifact } from '../../src/report/sizes.js'
import { runAction } from '../support/action.js'
import { APP_A_LIST, listIn, named, sectionLines } from '../support/dep-v0.js'
import {
  copyFixture,
  debianCargoHome,
  SBOM_WORKSPACE_CRATES,
  snapshot
} from '../support/fixtures.js'
import { stopTracked, track } from '../support/sccache.js'
import { requireTool } from '../support/tools.js'

const INPUTS = {
  baseline: 'none',
  comment: 'false',
  preset: 'size',
  locked: 'true',
  auditable: 'true'
}

afterAll(stopTracked)

test('each binary carries the list of its own crates, with sccache on, on a cache-served build and on a no-op one', async () => {
  requireTool('objcopy')
  requireTool('readelf')
  requireTool('sha256sum')
  requireTool('sccache')
  const dir = copyFixture('sbom-workspace')
  const before = snapshot(dir)
  // sccache's own local cache, kept between the runs (the `env` backend: the caller's SCCACHE_*).
  const sccacheDir = mkdtempSync(path.join(os.tmpdir(), 'ro-sccache-'))
  const env = { CARGO_HOME: debianCargoHome(SBOM_WORKSPACE_CRATES), SCCACHE_DIR: sccacheDir }
  const on = { sccache: 'true', 'sccache-backend': 'env' }
  const run = track(await runAction({ cwd: dir, inputs: { ...INPUTS, ...on, sbom: 'true' }, env }))
  expect(run.stderr).toBe('')
  if (run.code !== 0) throw new Error(`action failed:\n${run.stdout}`)
  expect(snapshot(dir)).toEqual(before)
  expect(run.stdout).toMatch(/sccache server started/)

  const artifacts = JSON.parse(run.outputs.artifacts) as Artifact[]
  const byName = Object.fromEntries(artifacts.map((a) => [a.name, a]))
  const a = listIn(byName['app-a'].path)
  expect(a.format).toBe(1)
  // libc is optional behind a feature that is off; testkit is a dev-dependency.
  expect(named(a)).toEqual(APP_A_LIST)
  const index = (n: string) => a.packages.findIndex((p) => p.name === n)
  expect(a.packages[0].dependencies).toEqual(
    ['gen', 'memchr', 'thiserror', 'util-a'].map(index).sort((x, y) => x - y)
  )
  expect(a.packages[index('thiserror')].dependencies).toEqual([index('thiserror-impl')])
  const b = listIn(byName['app-b'].path)
  expect(named(b)).toEqual([
    'app-b@1.0.0 local runtime root',
    'libc@0.2.139 crates.io runtime',
    'util-b@0.1.0 local runtime'
  ])

  for (const x of artifacts) {
    const lines = sectionLines(x.path)
    expect(lines).toHaveLength(1)
    // PROGBITS, flags empty: not loaded at run time, as cargo-auditable writes it.
    expect(lines[0]).toMatch(/\.dep-v0\s+PROGBITS\s+0+\s+[0-9a-f]+\s+[0-9a-f]+\s+00\s+0\s+0\s+1$/)
    // The outputs, SHA256SUMS and the SBOM describe the file with its list.
    expect(x.size).toBe(statSync(x.path).size)
    expect(x.sha256).toBe(await sha256File(x.path))
    const bom = JSON.parse(readFileSync(`${x.path}.cdx.json`, 'utf8')) as {
      metadata: { component: { hashes: { content: string }[] } }
    }
    expect(bom.metadata.component.hashes[0].content).toBe(x.sha256)
  }
  execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], {
    cwd: path.dirname(run.outputs.checksums)
  })
  expect(execFileSync(byName['app-a'].path, ['x\ny'], { encoding: 'utf8' })).toMatch(/ 2 1\n$/)
  expect(run.outputs.report).toContain('Dependency lists embedded (cargo-auditable format')
  expect(run.outputs.report).toMatch(/`[^`]*\/app-a`: 9 crates \(6 build-time\), \d+ bytes/)

  // A build sccache serves (the target directory gone): linked again, the same list embedded.
  rmSync(path.join(dir, 'target'), { recursive: true, force: true })
  const served = track(await runAction({ cwd: dir, inputs: { ...INPUTS, ...on }, env }))
  if (served.code !== 0) throw new Error(`cache-served run failed:\n${served.stdout}`)
  expect(Number(served.outputs['sccache-hit-rate'])).toBeGreaterThan(0)
  expect(named(listIn(byName['app-a'].path))).toEqual(named(a))
  expect(named(listIn(byName['app-b'].path))).toEqual(named(b))

  // cargo does not link again: the list is replaced, not added twice.
  const again = track(await runAction({ cwd: dir, inputs: { ...INPUTS, ...on }, env }))
  if (again.code !== 0) throw new Error(`no-op run failed:\n${again.stdout}`)
  expect(again.stdout).not.toMatch(/Compiling app-a/)
  expect(sectionLines(byName['app-a'].path)).toHaveLength(1)
  expect(named(listIn(byName['app-a'].path))).toEqual(named(a))
})

test('auditable with a target that does not build ELF fails before anything is built', async () => {
  const run = await runAction({
    cwd: copyFixture('sbom-workspace'),
    inputs: { ...INPUTS, targets: 'x86_64-pc-windows-msvc' }
  })
  expect(run.code).not.toBe(0)
  expect(run.stdout).toContain(
    `::error::Input 'auditable' has an invalid value "true": the .dep-v0 section goes into ELF files only`
  )
  expect(run.stdout).not.toMatch(/Compiling|rustup/)
})
