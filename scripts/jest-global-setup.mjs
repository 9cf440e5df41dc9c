// Jest's global setup: the run's temporary directories (checkouts, runners' RUNNER_TEMP, target and
// sccache directories) all go into one directory, handed to every test process as TMPDIR and
// removed by jest-global-teardown.mjs when the run ends.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export default function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-tests-'))
  process.env.RUST_OPTIMIZE_TEST_TMPDIR = dir
  process.env.TMPDIR = dir
}
