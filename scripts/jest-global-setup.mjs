// Jest's global setup: the run's temporary directories (checkouts, runners' RUNNER_TEMP, target and
// sccache directories) all go into one directory, handed to every test process as TMPDIR and
// removed by jest-global-teardown.mjs when the run ends. The caller's environment is scrubbed
// first (scripts/test-env.mjs), so that no test inherits their shell: what every test process sees
// is the same on every machine.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scrubTestEnv } from './test-env.mjs'

export default function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-tests-'))
  scrubTestEnv(process.env, dir)
  process.env.RUST_OPTIMIZE_TEST_TMPDIR = dir
  process.env.TMPDIR = dir
}
