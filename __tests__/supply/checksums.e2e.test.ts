// The `checksums` output end to end: a real build of the fixture workspace through dist/main.js,
// checked by the real `sha256sum -c` from the file's own directory.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Artifact } from '../../src/report/sizes.js'
import { runAction } from '../support/action.js'
import { copyFixture, snapshot } from '../support/fixtures.js'
import { requireTool } from '../support/tools.js'

const QUIET = { sccache: 'false', baseline: 'none', comment: 'false', 'size-breakdown': 'false' }

test('SHA256SUMS covers the shipped (stripped) artifacts, passes sha256sum -c, and catches a changed byte', async () => {
  requireTool('sha256sum')
  const dir = copyFixture('workspace')
  const before = snapshot(dir)
  const run = await runAction({
    cwd: dir,
    inputs: { ...QUIET, preset: 'quick', 'debug-symbols': 'true' }
  })
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  expect(snapshot(dir)).toEqual(before) // nothing written into the source tree

  const sums = run.outputs.checksums
  expect(sums).toBe(path.join(dir, 'target', 'rust-optimize', 'SHA256SUMS'))
  const artifacts = JSON.parse(run.outputs.artifacts) as Artifact[]
  expect(artifacts.length).toBe(3)
  const lines = readFileSync(sums, 'utf8').trimEnd().split('\n')
  expect(lines.sort()).toEqual(
    artifacts.map((a) => `${a.sha256}  ${path.relative(path.dirname(sums), a.path)}`).sort()
  )
  const cwd = path.dirname(sums)
  const ok = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd, encoding: 'utf8' })
  expect(ok.trimEnd().split('\n')).toHaveLength(3)

  const victim = artifacts[0].path
  const bytes = readFileSync(victim)
  bytes[bytes.length - 1] ^= 0xff
  writeFileSync(victim, bytes)
  const bad = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd, encoding: 'utf8' })
  expect(bad.status).not.toBe(0)
  expect(bad.stdout).toContain(`${path.relative(cwd, victim)}: FAILED`)
})
