// Every sccache or cache problem ends in a successful build with a warning.
import { existsSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun } from '../support/action.js'
import { closedPortUrl, startCacheServer } from '../support/cache-server.js'
import { copyFixture } from '../support/fixtures.js'
import { ownRustc } from '../support/rust.js'
import {
  fakeRelease,
  freePort,
  pathWithout,
  scriptDir,
  staticServer,
  requireTool,
  stopTracked,
  track
} from '../support/sccache.js'
import { DEFAULT_SCCACHE_VERSION, releaseTriple, SCCACHE_PINS } from '../../src/sccache/release.js'

const OWN_RUSTC = ownRustc()
const INPUTS = { preset: 'none', 'target-cpu': 'none', baseline: 'none', comment: 'false' }
// Downloads of test archives use a version that is not pinned (the pinned default refuses them).
const TAG = 'v0.16.0'
const triple = releaseTriple(process.platform, process.arch) ?? 'unknown'
const folder = `sccache-${TAG}-${triple}`
const UNPINNED = { ...INPUTS, 'sccache-version': TAG }
const noSccachePath = pathWithout('sccache')
let ws: string

beforeEach(() => {
  ws = copyFixture('sccache-workspace')
})
afterEach(() => rmSync(ws, { recursive: true, force: true }))

function warnings(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::warning'))
    .join('\n')
}

function expectBuilt(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`)
  expect(JSON.parse(run.outputs.artifacts)).toHaveLength(1)
}

/** The build ran without the wrapper: no hit rate, nothing for the post step. */
function expectNoWrapper(run: ActionRun): void {
  expect(run.outputs['sccache-hit-rate']).toBe('')
  expect(run.outputs['cache-hit']).toBe('false')
  expect(run.state.sccache).toBeUndefined()
}

// The real sccache runs behind the fakes; missing, it fails here (never a silent skip).
beforeAll(() => requireTool('sccache'))
afterAll(() => stopTracked())

test('sccache missing and not downloadable (mirror answers 404): warning, build without it', async () => {
  const mirror = await staticServer({})
  try {
    const run = await runAction({
      inputs: UNPINNED,
      cwd: ws,
      env: { PATH: noSccachePath, RUST_OPTIMIZE_SCCACHE_MIRROR: mirror.url }
    })
    expectBuilt(run)
    expectNoWrapper(run)
    expect(warnings(run)).toMatch(
      new RegExp(
        `sccache is not available, building without it: download of ${mirror.url}/${TAG}/${folder}.tar.gz.sha256 failed: .*404`
      )
    )
  } finally {
    await mirror.close()
  }
})

test('a downloaded release is verified, installed in the tool cache and used as the wrapper', async () => {
  const release = fakeRelease(TAG, triple, 'exec /usr/bin/sccache "$@"')
  const good = await staticServer({
    [`/${TAG}/${folder}.tar.gz`]: release.archive,
    [`/${TAG}/${folder}.tar.gz.sha256`]: release.sha256
  })
  const bad = await staticServer({
    [`/${TAG}/${folder}.tar.gz`]: release.archive,
    [`/${TAG}/${folder}.tar.gz.sha256`]: '0'.repeat(64)
  })
  try {
    const rejected = await runAction({
      inputs: UNPINNED,
      cwd: ws,
      env: { PATH: noSccachePath, RUST_OPTIMIZE_SCCACHE_MIRROR: bad.url }
    })
    expectBuilt(rejected)
    expectNoWrapper(rejected)
    expect(warnings(rejected)).toMatch(
      /sccache is not available, building without it: checksum mismatch for .*: expected sha256 0{64}, got [0-9a-f]{64}/
    )

    rmSync(path.join(ws, 'target'), { recursive: true, force: true })
    const used = track(
      await runAction({
        inputs: UNPINNED,
        cwd: ws,
        env: { PATH: noSccachePath, RUST_OPTIMIZE_SCCACHE_MIRROR: good.url }
      })
    )
    expectBuilt(used)
    expect(warnings(used)).toBe('')
    const state = JSON.parse(used.state.sccache) as { bin: string }
    expect(state.bin).toMatch(/tool-cache\/sccache\/0\.16\.0\/.*\/sccache$/)
    expect(used.stdout).toContain(`sccache-version ${TAG} is not the default`)
    expect(used.stdout).toContain(`sccache: ${state.bin} (download)`)
    expect(used.outputs['sccache-hit-rate']).toBe('0')
    const post = await runAction({
      entry: 'post',
      cwd: ws,
      state: used.state,
      runnerTemp: used.runnerTemp
    })
    expect(post.stdout).toContain('sccache server stopped')
  } finally {
    await good.close()
    await bad.close()
  }
})

test('the default version: a tampered archive with a matching .sha256 is refused before it runs', async () => {
  const tag = DEFAULT_SCCACHE_VERSION
  const name = `sccache-${tag}-${triple}`
  const ran = path.join(ws, 'tampered-ran')
  const release = fakeRelease(tag, triple, `touch ${ran}\nexec /usr/bin/sccache "$@"`)
  const mirror = await staticServer({
    [`/${tag}/${name}.tar.gz`]: release.archive,
    [`/${tag}/${name}.tar.gz.sha256`]: release.sha256
  })
  try {
    const run = await runAction({
      inputs: INPUTS,
      cwd: ws,
      env: { PATH: noSccachePath, RUST_OPTIMIZE_SCCACHE_MIRROR: mirror.url }
    })
    expectBuilt(run)
    expectNoWrapper(run)
    expect(warnings(run)).toContain(
      `sccache is not available, building without it: checksum mismatch for ${mirror.url}/${tag}/${name}.tar.gz: expected pinned sha256 ${SCCACHE_PINS[tag][triple]}`
    )
    expect(existsSync(ran)).toBe(false)
    expect(mirror.hits).toEqual([`/${tag}/${name}.tar.gz`])
  } finally {
    await mirror.close()
  }
})

test('an sccache that exits non-zero on start: warning, build without it', async () => {
  const fake = scriptDir('echo "sccache: error: Server startup failed: boom" >&2\nexit 2')
  const run = await runAction({
    inputs: INPUTS,
    cwd: ws,
    env: { PATH: `${fake}${path.delimiter}${process.env.PATH}` }
  })
  expectBuilt(run)
  expectNoWrapper(run)
  expect(warnings(run)).toContain(
    "sccache could not start, building without it: 'sccache --start-server' failed: sccache: error: Server startup failed: boom"
  )
})

test('an sccache that starts but cannot wrap rustc: warning, server stopped, build without it', async () => {
  const log = path.join(ws, 'calls.log')
  const fake = scriptDir(
    `echo "$*" >> ${log}\ncase "$1" in --start-server|--zero-stats|--stop-server) exit 0;; --show-stats) echo '{"stats":{}}'; exit 0;; esac\necho "cannot run $1" >&2\nexit 1`
  )
  const run = await runAction({
    inputs: INPUTS,
    cwd: ws,
    env: { PATH: `${fake}${path.delimiter}${process.env.PATH}` }
  })
  expectBuilt(run)
  expect(run.outputs['sccache-hit-rate']).toBe('')
  expect(warnings(run)).toContain(
    `sccache does not work, building without it: 'sccache ${OWN_RUSTC} -vV' failed: cannot run ${OWN_RUSTC}`
  )
  const { readFileSync } = await import('node:fs')
  expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
    '--start-server',
    '--zero-stats',
    '--show-stats --stats-format json',
    `${OWN_RUSTC} -vV`,
    '--stop-server'
  ])
})

test('an unexpected failure after the server started (state file missing): warning, server stopped, build without it', async () => {
  const port = await freePort()
  const run = await runAction({
    inputs: INPUTS,
    cwd: ws,
    env: {
      SCCACHE_SERVER_PORT: String(port),
      GITHUB_STATE: path.join(os.tmpdir(), 'ro-no-such-dir', 'state')
    }
  })
  expectBuilt(run)
  expect(run.outputs['sccache-hit-rate']).toBe('')
  expect(warnings(run)).toMatch(/sccache setup failed, building without it: .*state/)
  // Nobody listens on the server's port any more.
  const refused = await new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })
  expect(refused).toBe(true)
})

test('cache service answering 500 on restore, unreachable on save: warnings, build and stats fine', async () => {
  const server = await startCacheServer()
  try {
    server.fail(500)
    const main = track(await runAction({ inputs: INPUTS, cwd: ws, env: server.env() }))
    expectBuilt(main)
    expect(warnings(main)).toMatch(/Failed to restore: .*500/)
    expect(main.outputs['sccache-hit-rate']).toBe('0')
    expect(server.calls('GetCacheEntryDownloadURL').every((r) => r.status === 500)).toBe(true)

    const unreachable = { ...server.env(), ACTIONS_RESULTS_URL: await closedPortUrl() }
    const post = await runAction({
      entry: 'post',
      cwd: ws,
      env: unreachable,
      state: main.state,
      runnerTemp: main.runnerTemp
    })
    expect(post.code).toBe(0)
    expect(warnings(post)).toMatch(
      /sccache cache not saved: the cache service did not take the entry/
    )
    expect(post.stdout).toContain('sccache server stopped')
    expect(post.summary).toContain('- Not saved: the cache service did not take the entry')
  } finally {
    await server.close()
  }
}, 120000)

test('cache service unreachable on restore, 500 on save: warnings, build fine', async () => {
  const server = await startCacheServer()
  try {
    const env = { ...server.env(), ACTIONS_RESULTS_URL: await closedPortUrl() }
    const main = track(await runAction({ inputs: INPUTS, cwd: ws, env }))
    expectBuilt(main)
    expect(warnings(main)).toMatch(/Failed to restore: .*ECONNREFUSED/)
    server.fail(500, ['CreateCacheEntry'])
    const post = await runAction({
      entry: 'post',
      cwd: ws,
      env: server.env(),
      state: main.state,
      runnerTemp: main.runnerTemp
    })
    expect(post.code).toBe(0)
    expect(warnings(post)).toMatch(/sccache cache not saved/)
    expect(server.calls('CreateCacheEntry').length).toBeGreaterThan(1) // retried
    expect(server.entries).toEqual([])
  } finally {
    await server.close()
  }
}, 120000)
