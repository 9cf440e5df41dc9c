// Auxiliary stays auxiliary: when the `baseline: profile` comparison build fails while the real build
// succeeded, the step succeeds with a warning naming the baseline build, every output of the real
// build is written and the baseline outputs stay empty.
import { existsSync } from 'node:fs'
import { runAction } from '../support/action.js'
import { copyFixture, snapshot } from '../support/fixtures.js'

test('a failing baseline build is a warning; the optimized build is reported in full', async () => {
  // The fixture compiles only with panic = "abort", which the action sets (here as an override, to
  // keep the build quick) and the untouched profile does not.
  const dir = copyFixture('abort-only')
  const before = snapshot(dir)
  const r = await runAction({
    cwd: dir,
    inputs: {
      preset: 'none',
      overrides: 'panic = "abort"',
      'target-cpu': 'none',
      baseline: 'profile',
      sccache: 'false',
      comment: 'false'
    }
  })
  if (r.code !== 0) throw new Error(`the step failed:\n${r.stdout}\n${r.stderr}`)
  const lines = r.stdout.split('\n')
  expect(lines.filter((l) => l.startsWith('::error'))).toEqual([])
  const warnings = lines.filter((l) => l.startsWith('::warning') && l.includes('baseline'))
  expect(warnings).toHaveLength(1)
  expect(warnings[0]).toContain(
    '::warning::The baseline build (baseline: profile, the `release` profile without the preset) failed, so there is no baseline; the optimized build succeeded and is reported.'
  )
  expect(warnings[0]).toContain(
    ': 1 compiler error(s), the first: abort-only needs panic = "abort"'
  )

  const artifacts = JSON.parse(r.outputs.artifacts) as {
    name: string
    path: string
    size: number
    baseline: number | null
    delta: number | null
  }[]
  expect(artifacts.map((a) => [a.name, a.baseline, a.delta])).toEqual([['abort-only', null, null]])
  expect(existsSync(artifacts[0].path)).toBe(true)
  expect(r.outputs.paths).toBe(artifacts[0].path)
  expect(r.outputs['total-size']).toBe(String(artifacts[0].size))
  expect(JSON.parse(r.outputs.profile)).toMatchObject({
    panic: { value: 'abort', source: 'override' }
  })
  for (const name of ['baseline-size', 'size-delta', 'size-delta-percent'])
    expect(r.outputs[name]).toBe('')
  expect(r.outputs.report).toContain(
    '_No baseline: the baseline build (the `release` profile without the preset) failed; see the warning in the log._'
  )
  expect(r.summary).toContain('**rust-optimize**')
  expect(snapshot(dir)).toEqual(before)
})
