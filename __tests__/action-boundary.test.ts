// The runner protocol around the pipeline: what cargo's children may see, and auxiliary files
// that fail to write turning into warnings instead of failed steps.
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction } from './support/action.js'
import { copyFixture } from './support/fixtures.js'

const TOKEN = 'ghs_buildScriptsMustNotSeeThis0123456789'
const INPUTS = {
  preset: 'none',
  'target-cpu': 'none',
  sccache: 'false',
  baseline: 'none',
  comment: 'false',
  'github-token': TOKEN
}
let project: string

beforeAll(() => {
  project = copyFixture('env-probe')
})
afterAll(() => rmSync(project, { recursive: true, force: true }))

test('build scripts see neither INPUT_* variables (github-token) nor runner tokens', async () => {
  // env-probe's build.rs panics when any INPUT_* or ACTIONS_* variable reaches it.
  const run = await runAction({
    cwd: project,
    inputs: INPUTS,
    env: {
      ACTIONS_RUNTIME_TOKEN: 'runtime-token',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc'
    }
  })
  if (run.code !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`)
  expect(JSON.parse(run.outputs.artifacts)).toHaveLength(1)
  // The runner consumes `::add-mask::` commands; nothing else may carry the token.
  const shown = (run.stdout + run.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
  expect(shown).not.toContain(TOKEN)
})

test('a job summary that cannot be written is a warning, not a failed step', async () => {
  const summary = path.join(os.tmpdir(), 'ro-no-such-dir', 'nested', 'summary')
  const run = await runAction({
    cwd: project,
    inputs: INPUTS,
    env: { GITHUB_STEP_SUMMARY: summary }
  })
  expect(run.code).toBe(0)
  expect(run.stdout).toMatch(/^::warning::Job summary not written: .*summary/m)
  expect(run.outputs.report).toContain('env-probe')
})
