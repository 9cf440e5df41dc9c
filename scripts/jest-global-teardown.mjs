// Jest's global teardown: removes the run's temporary directory (see jest-global-setup.mjs).
import { rmSync } from 'node:fs'
import path from 'node:path'

export default function teardown() {
  const dir = process.env.RUST_OPTIMIZE_TEST_TMPDIR
  if (dir !== undefined && path.basename(dir).startsWith('ro-tests-'))
    rmSync(dir, { recursive: true, force: true })
}
