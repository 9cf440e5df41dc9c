// A cancelled job (the runner sends SIGINT, then SIGTERM 7.5 s later) mid-build: everything the
// action started ends with it, cargo and a running build script included; the user's files are
// unchanged; the post step stops the sccache server. Real cargo, real sccache, real signals.
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, startAction } from '../support/action.js'
import { copyFixture, snapshot } from '../support/fixtures.js'
import { alive, waitForBuildScript } from '../support/processes.js'
import { stopTracked, track } from '../support/sccache.js'
import { listening, requireTool } from '../support/tools.js'

const INPUTS = { preset: 'none', 'target-cpu': 'none', baseline: 'none', comment: 'false' }

let ws: string
let buildScript = 0
beforeAll(() => requireTool('sccache'))
afterEach(() => {
  if (buildScript !== 0 && alive(buildScript)) process.kill(buildScript, 'SIGKILL')
  stopTracked()
  rmSync(ws, { recursive: true, force: true })
})

test.each(['SIGINT', 'SIGTERM'] as const)(
  '%s mid-build: cargo and the build script end, files unchanged, post stops the server',
  async (signal) => {
    ws = copyFixture('slow-build-script')
    const before = snapshot(ws)
    const pidFile = path.join(os.tmpdir(), `ro-build-script-${process.pid}-${signal}.pid`)
    rmSync(pidFile, { force: true })
    const main = startAction({
      inputs: { ...INPUTS, sccache: 'true' },
      cwd: ws,
      env: { RO_TEST_PID_FILE: pidFile }
    })
    buildScript = await waitForBuildScript(pidFile)
    expect(alive(buildScript)).toBe(true)

    const sent = Date.now()
    main.child.kill(signal)
    const run = track(await main.done)
    // Well before the runner's SIGTERM (7.5 s after SIGINT) or its kill.
    expect(Date.now() - sent).toBeLessThan(7_000)
    expect(run.code).toBe(signal === 'SIGINT' ? 130 : 143)
    expect(alive(buildScript)).toBe(false)
    expect(run.stderr).toContain(`Received ${signal}: stopping the processes started`)
    expect(snapshot(ws)).toEqual(before)

    // sccache started (its state is there); if not, the log says why.
    expect([run.state.sccache !== undefined, run.stdout]).toEqual([true, run.stdout])
    // The post step (post-if: always()) stops the server the cancelled main step started.
    const port = Number(
      (JSON.parse(run.state.sccache) as { env: Record<string, string> }).env.SCCACHE_SERVER_PORT
    )
    expect(await listening(port)).toBe(true)
    const post = await runAction({
      entry: 'post',
      cwd: ws,
      state: run.state,
      runnerTemp: run.runnerTemp
    })
    expect(post.code).toBe(0)
    expect(post.stdout).toContain('sccache server stopped')
    expect(await listening(port)).toBe(false)
    rmSync(pidFile, { force: true })
  }
)
