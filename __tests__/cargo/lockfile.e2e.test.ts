// No file is added to the user's tree: a workspace without Cargo.lock gets one from cargo during
// the build; at the end of the run (success, failure, a signal) it is gone from the workspace and
// the lock the build resolved is kept in cargo's target directory. Real cargo builds.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction } from '../support/action.js'
import { copyFixture, snapshot } from '../support/fixtures.js'
import { alive, startCli, waitForBuildScript } from '../support/processes.js'

const QUIET = { sccache: 'false', baseline: 'none', comment: 'false', preset: 'none' }

/** The fixture without its Cargo.lock. */
function withoutLock(fixture: string): string {
  const dir = copyFixture(fixture)
  rmSync(path.join(dir, 'Cargo.lock'))
  return dir
}

const keptIn = (dir: string): string => path.join(dir, 'target', 'rust-optimize', 'Cargo.lock')

it('a successful build leaves every file as it was and keeps the lock it resolved in target/', async () => {
  const dir = withoutLock('workspace')
  const before = snapshot(dir)
  const run = await runAction({ cwd: dir, inputs: { ...QUIET, package: 'app' } })
  expect([run.code, run.stdout]).toEqual([0, run.stdout])
  expect(snapshot(dir)).toEqual(before)
  expect(existsSync(path.join(dir, 'Cargo.lock'))).toBe(false)
  // The resolved lock, naming the path dependency.
  const kept = keptIn(dir)
  expect(readFileSync(kept, 'utf8')).toMatch(/\[\[package\]\]\nname = "macros"\nversion = "0.1.0"/)
  // And beside the artifacts, as the contract says.
  const dirs = [...new Set(run.outputs.paths.split('\n').map((p) => path.dirname(p)))]
  expect(dirs).toHaveLength(1)
  expect(dirs[0].startsWith(path.join(dir, 'target'))).toBe(true)
  const beside = path.join(dirs[0], 'Cargo.lock')
  expect(readFileSync(beside, 'utf8')).toBe(readFileSync(kept, 'utf8'))
  const line = `Cargo.lock: ${dir} had none, so cargo created one; it was removed from there, and the lock this build resolved is kept as ${kept} and beside the artifacts (${beside})`
  expect(run.stdout).toContain(line)
  expect(run.outputs.report).toContain(`- ${line}`)
})

it('a failing build leaves no Cargo.lock either', async () => {
  const dir = withoutLock('workspace')
  writeFileSync(path.join(dir, 'app', 'src', 'main.rs'), 'fn main() { let x: u8 = "text"; }\n')
  const before = snapshot(dir)
  const run = await runAction({ cwd: dir, inputs: { ...QUIET, package: 'app' } })
  expect(run.code).toBe(1)
  expect(run.stdout).toContain('mismatched types')
  expect(snapshot(dir)).toEqual(before)
  expect(existsSync(keptIn(dir))).toBe(true)
})

it('a run stopped by SIGTERM mid-build leaves no Cargo.lock', async () => {
  const dir = withoutLock('slow-build-script')
  const before = snapshot(dir)
  const pidFile = `${dir}.pid`
  const cli = startCli(dir, ['--sccache', 'false', '--preset', 'none', '--baseline', 'none'], {
    RO_TEST_PID_FILE: pidFile
  })
  const buildScript = await waitForBuildScript(pidFile)
  // cargo wrote the lock before it ran the build script.
  expect(existsSync(path.join(dir, 'Cargo.lock'))).toBe(true)
  cli.child.kill('SIGTERM')
  const run = await cli.done
  rmSync(pidFile, { force: true })
  if (alive(buildScript)) process.kill(buildScript, 'SIGKILL')
  expect([run.status, run.stderr]).toEqual([143, run.stderr])
  expect(snapshot(dir)).toEqual(before)
  expect(readFileSync(keptIn(dir), 'utf8')).toContain('name = "slow-build-script"')
  expect(run.stderr).toContain(`the lock this build resolved is kept as ${keptIn(dir)}`)
})
