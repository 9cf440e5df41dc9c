// Whatever the command line starts, it stops: the sccache server (a daemon without an idle timeout)
// is stopped when the run succeeds, fails, or is stopped with SIGINT (Ctrl-C) or SIGTERM. Real
// cargo, real sccache, real signals; each run's server on a port of the test's own.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { baseEnv } from '../support/action.js'
import { copyFixture } from '../support/fixtures.js'
import { alive, startCli, waitFor, waitForBuildScript } from '../support/processes.js'
import { serverEnviron } from '../support/sccache.js'
import { freePort, listening, requireTool } from '../support/tools.js'

const ARGS = ['--preset', 'none', '--target-cpu', 'none', '--baseline', 'none', '--sccache', 'true']

let ws: string
let port: number
let buildScript = 0
let sccacheEnv: Record<string, string>
beforeAll(() => requireTool('sccache'))
beforeEach(async () => {
  port = await freePort()
  // The run's own port and cache directory: never a server or a cache of the machine's.
  sccacheEnv = {
    SCCACHE_SERVER_PORT: String(port),
    SCCACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'ro-sccache-dir-'))
  }
})
afterEach(() => {
  if (buildScript !== 0 && alive(buildScript)) process.kill(buildScript, 'SIGKILL')
  buildScript = 0
  try {
    // A server left behind by a failing test (--stop-server never starts one).
    execFileSync('sccache', ['--stop-server'], {
      env: { ...baseEnv(), ...sccacheEnv } as NodeJS.ProcessEnv,
      stdio: 'ignore',
      timeout: 30_000
    })
  } catch {
    // none left: what the tests expect
  }
  rmSync(ws, { recursive: true, force: true })
  rmSync(sccacheEnv.SCCACHE_DIR, { recursive: true, force: true })
})

/** No sccache server of this run is left: nothing listens on its port, no such process remains. */
async function expectNoServer(): Promise<void> {
  expect(await listening(port)).toBe(false)
  // A server that was told to stop may take a moment to leave the process table.
  const left = await waitFor(
    'the sccache server to end',
    () => (serverEnviron(String(port)) === null ? 'gone' : null),
    2_000
  ).catch(() => 'still running')
  expect(left).toBe('gone')
}

test.each(['SIGINT', 'SIGTERM'] as const)(
  '%s mid-build: exits with 128 + the signal and leaves no sccache server',
  async (signal) => {
    ws = copyFixture('slow-build-script')
    const pidFile = path.join(ws, '..', `${path.basename(ws)}.pid`)
    const cli = startCli(ws, ARGS, { ...sccacheEnv, RO_TEST_PID_FILE: pidFile })
    buildScript = await waitForBuildScript(pidFile)
    // The build runs through this run's server.
    expect(await listening(port)).toBe(true)
    expect(serverEnviron(String(port))).not.toBeNull()

    cli.child.kill(signal)
    const run = await cli.done
    rmSync(pidFile, { force: true })
    expect([run.status, run.stderr]).toEqual([signal === 'SIGINT' ? 130 : 143, run.stderr])
    expect(alive(buildScript)).toBe(false)
    await expectNoServer()
    expect(run.stderr).toContain('sccache server stopped')
  }
)

test('a successful run leaves no sccache server', async () => {
  ws = copyFixture('slow-build-script')
  const run = await startCli(ws, ARGS, sccacheEnv).done
  expect([run.status, run.stderr]).toEqual([0, run.stderr])
  // It did build through the server.
  expect(run.stderr).not.toContain('building without it')
  await expectNoServer()
  expect(run.stderr).toContain('sccache server stopped')
})

test('a failing build leaves no sccache server', async () => {
  ws = copyFixture('slow-build-script')
  writeFileSync(path.join(ws, 'src', 'main.rs'), 'fn main() { let x: u8 = "not a number"; }\n')
  const run = await startCli(ws, ARGS, sccacheEnv).done
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('mismatched types')
  expect(run.stderr).not.toContain('building without it')
  await expectNoServer()
  expect(run.stderr).toContain('sccache server stopped')
})
