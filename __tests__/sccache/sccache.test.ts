// sccache end to end through the bundled action: the real Debian sccache, the local backend saved and
// restored through the loopback Actions cache service, and Redis as the `env` backend.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun } from '../support/action.js'
import { startCacheServer, type CacheServer } from '../support/cache-server.js'
import { copyFixture } from '../support/fixtures.js'
import { ownRustc } from '../support/rust.js'
import { testUnless } from '../support/skip.js'
import { quickStartMs, startServer } from '../../src/sccache/server.js'
import {
  freePort,
  redisKeys,
  startRedis,
  requireTool,
  stopTracked,
  track
} from '../support/sccache.js'

const INPUTS = {
  preset: 'none',
  'target-cpu': 'none',
  baseline: 'none',
  comment: 'false',
  sccache: 'true',
  'cargo-args': '-v'
}
const OWN_RUSTC = ownRustc()

function state(run: ActionRun): { local: { key: string; matchedKey: string | null } | null } {
  // No state: sccache did not start (or main failed). Say why, with the step's own log.
  if (run.state.sccache === undefined)
    throw new Error(`main saved no sccache state (exit ${run.code}):\n${run.stdout.slice(-4000)}`)
  return JSON.parse(run.state.sccache) as {
    local: { key: string; matchedKey: string | null } | null
  }
}

function expectBuilt(run: ActionRun): void {
  if (run.code !== 0) throw new Error(`action failed:\n${run.stdout}\n${run.stderr}`)
  const artifacts = JSON.parse(run.outputs.artifacts) as { name: string; path: string }[]
  expect(artifacts.map((a) => a.name)).toEqual(['app'])
  expect(existsSync(artifacts[0].path)).toBe(true)
}

function warnings(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((l) => l.startsWith('::warning'))
}

describe('local backend through the Actions cache service', () => {
  let server: CacheServer
  let ws: string
  let runnerTemp: string
  beforeAll(async () => {
    server = await startCacheServer()
    ws = copyFixture('sccache-workspace')
    runnerTemp = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-runner-')), 'temp')
  })
  afterAll(async () => {
    await server.close()
    rmSync(ws, { recursive: true, force: true })
    rmSync(path.dirname(runnerTemp), { recursive: true, force: true })
  })

  // One job after another on fresh runners: every run starts with an empty RUNNER_TEMP (so an empty
  // sccache directory) and only the cache service carries the cache from one run to the next.
  const job = async (
    inputs: Record<string, string> = {}
  ): Promise<{ main: ActionRun; post: ActionRun }> => {
    rmSync(path.join(ws, 'target'), { recursive: true, force: true })
    // An empty temp directory, as on a fresh runner.
    rmSync(runnerTemp, { recursive: true, force: true })
    const env = server.env()
    const main = track(
      await runAction({ inputs: { ...INPUTS, ...inputs }, cwd: ws, env, runnerTemp })
    )
    expectBuilt(main)
    const post = await runAction({ entry: 'post', cwd: ws, env, state: main.state, runnerTemp })
    expect(post.code).toBe(0)
    return { main, post }
  }

  test('miss, save, exact hit from a clean target dir, prefix hit, save-cache false', async () => {
    // 1. Nothing cached yet: a miss, every cacheable compilation compiled, the entry saved.
    const first = await job()
    // The wrapper probe showed sccache the very rustc cargo then ran (sccache looks at each
    // compiler path once, before it answers for it): the toolchain's own, not rustup's proxy.
    expect(
      /sccache server started \(local backend; compiler (\S+)\)/.exec(first.main.stdout)?.[1]
    ).toBe(OWN_RUSTC)
    const ran = [...first.main.stdout.matchAll(/ (\S+) --crate-name /g)].map((m) => m[1])
    expect(ran.length).toBeGreaterThan(0)
    expect(new Set(ran)).toEqual(new Set([OWN_RUSTC]))
    const key = state(first.main).local?.key ?? ''
    expect(key).toMatch(
      /^rust-optimize-sccache-v1-linux-x64-rustc[0-9a-f]{16}-cfg[0-9a-f]{16}-lock[0-9a-f]{16}$/
    )
    expect(state(first.main).local?.matchedKey).toBeNull()
    expect(first.main.outputs['cache-hit']).toBe('false')
    expect(first.main.outputs['sccache-hit-rate']).toBe('0')
    expect(first.main.outputs.report).toMatch(/sccache \(local\): hit rate 0%, 0 hits, 4 misses/)
    // Cargo's probes of rustc (-vV, a program on standard input) go past sccache, which no cache
    // could serve: sccache sees the compiles, and the action's own check of it (`sccache rustc
    // -vV`, "missing input"). Before, it also saw 3 calls with "missing input" and 2 with "-".
    const reasons = /^sccache: hit rate .*, not cacheable: (.*)$/m.exec(first.main.stdout)?.[1]
    const counts = Object.fromEntries(
      (reasons ?? '').split(', ').map((r) => [r.replace(/ \d+$/, ''), Number(/\d+$/.exec(r)?.[0])])
    )
    expect(counts).toEqual({ 'crate-type': 1, 'missing input': 1 })
    // The warm entry is restored at the same time: pick sccache's request by its key.
    const restoreCall = server
      .calls('GetCacheEntryDownloadURL')
      .map((c) => c.body as Record<string, unknown>)
      .find((b) => String(b.key).startsWith('rust-optimize-sccache-'))
    expect(restoreCall?.key).toBe(key)
    expect(restoreCall?.restore_keys).toEqual([
      key.replace(/lock[0-9a-f]+$/, ''),
      key.replace(/cfg.*$/, '')
    ])
    expect(server.entries.map((e) => [e.key, e.finalized])).toEqual([[key, true]])
    expect(first.post.summary).toContain(`- Saved: \`${key}\``)
    expect(warnings(first.main)).toEqual([])
    expect(warnings(first.post)).toEqual([])

    // 2. A new runner, a clean target dir: the exact entry is restored and serves every cacheable
    // compilation; nothing new, so nothing is saved.
    const second = await job()
    expect(state(second.main).local?.matchedKey).toBe(key)
    expect(second.main.outputs['cache-hit']).toBe('true')
    expect(Number(second.main.outputs['sccache-hit-rate'])).toBeGreaterThanOrEqual(90)
    expect(second.main.outputs.report).toMatch(
      /sccache \(local\): hit rate 100%, 4 hits, 0 misses — cache restored \(exact key\)/
    )
    expect(second.post.summary).toContain('- Not saved: exact hit and nothing new')
    expect(server.calls('CreateCacheEntry')).toHaveLength(1)

    // 3. Other rustflags: a new key; the entry is restored through the toolchain-level prefix,
    // the changed compilations are new, and the grown cache is saved under the new key.
    const third = await job({ rustflags: '--cfg ro_sccache_test' })
    const thirdKey = state(third.main).local?.key ?? ''
    expect(thirdKey).not.toBe(key)
    expect(state(third.main).local?.matchedKey).toBe(key)
    expect(third.main.outputs['cache-hit']).toBe('false')
    expect(third.main.outputs['sccache-hit-rate']).toBe('0')
    expect(third.post.summary).toContain(`- Saved: \`${thirdKey}\``)
    expect(server.entries.map((e) => e.key)).toEqual([key, thirdKey])

    // 4. save-cache false (an untrusted pull request): restores, never saves.
    const fourth = await job({ 'cache-key': 'pr', 'save-cache': 'false' })
    expect(state(fourth.main).local?.key).toContain('-linux-x64-pr-rustc')
    expect(state(fourth.main).local?.matchedKey).toBeNull()
    expect(fourth.post.summary).toContain('- Not saved: saving is off for this run')
    expect(server.calls('CreateCacheEntry')).toHaveLength(2)
    expect(warnings(fourth.post)).toEqual([])

    // 5. Another package selection of the same workspace is another key, so a matrix of jobs that
    // build different packages or features does not share (and fight over) one entry.
    const fifth = await job({ package: 'app' })
    expect(state(fifth.main).local?.key).not.toBe(key)
    expect(state(fifth.main).local?.matchedKey).toBe(thirdKey) // the newest at the toolchain prefix
  })
})

/** One job with the env backend from a clean target directory: main step, then post step. */
async function envBackendJob(ws: string, env: Record<string, string>): Promise<ActionRun> {
  rmSync(path.join(ws, 'target'), { recursive: true, force: true })
  const main = track(
    await runAction({ inputs: { ...INPUTS, 'sccache-backend': 'env' }, cwd: ws, env })
  )
  expectBuilt(main)
  const post = await runAction({
    entry: 'post',
    cwd: ws,
    env,
    state: main.state,
    runnerTemp: main.runnerTemp
  })
  expect(post.code).toBe(0)
  return main
}

async function sccacheHasRedis(redisUrl: string): Promise<boolean> {
  const env = {
    ...process.env,
    SCCACHE_SERVER_PORT: String(await freePort()),
    SCCACHE_REDIS: redisUrl
  }
  try {
    // As the action starts it (Debian's sccache sometimes loses its own start-up report).
    await startServer('sccache', env, os.tmpdir(), quickStartMs('env'))
    execFileSync('sccache', ['--stop-server'], { env, stdio: 'pipe' })
    return true
  } catch {
    return false
  }
}

// The real sccache runs behind the fakes; missing, it fails here (never a silent skip).
requireTool('sccache')
const redisSupport = await (async () => {
  const redis = await startRedis()
  try {
    return await sccacheHasRedis(redis.url)
  } finally {
    await redis.stop()
  }
})()
afterAll(() => stopTracked())

const redisTest = testUnless(
  redisSupport
    ? null
    : 'this sccache is built without Redis (Debian 0.4); .github/workflows runs it'
)
const noRedisTest = testUnless(redisSupport ? 'this sccache has Redis support' : null)

redisTest(
  'env backend: a real Redis on loopback serves a second build with fresh local state',
  async () => {
    const redis = await startRedis()
    const ws = copyFixture('sccache-workspace')
    try {
      const run = (): Promise<ActionRun> => envBackendJob(ws, { SCCACHE_REDIS: redis.url })
      const first = await run()
      expect(first.outputs['sccache-hit-rate']).toBe('0')
      expect(redisKeys(redis.port)).toBeGreaterThanOrEqual(4)
      const second = await run()
      expect(Number(second.outputs['sccache-hit-rate'])).toBeGreaterThanOrEqual(90)
      expect(second.outputs['cache-hit']).toBe('false') // only the local backend restores an entry
    } finally {
      await redis.stop()
      rmSync(ws, { recursive: true, force: true })
    }
  }
)

noRedisTest('env backend: an sccache without Redis warns and builds without sccache', async () => {
  const redis = await startRedis()
  const ws = copyFixture('sccache-workspace')
  try {
    // The server refuses to start ("cache type is not enabled"): the action warns, builds anyway.
    const main = await envBackendJob(ws, { SCCACHE_REDIS: redis.url })
    expect(warnings(main).join('\n')).toMatch(
      /sccache could not start, building without it: .*cache type is not enabled/
    )
    expect(main.outputs['sccache-hit-rate']).toBe('')
    expect(redisKeys(redis.port)).toBe(0)
  } finally {
    await redis.stop()
    rmSync(ws, { recursive: true, force: true })
  }
})

test('env backend: the user SCCACHE_* configuration is used untouched, nothing is restored or saved', async () => {
  const server = await startCacheServer()
  const ws = copyFixture('sccache-workspace')
  const userDir = mkdtempSync(path.join(os.tmpdir(), 'ro-user-sccache-'))
  try {
    const env = { ...server.env(), SCCACHE_DIR: userDir, SCCACHE_CACHE_SIZE: '100M' }
    const run = (): Promise<ActionRun> => envBackendJob(ws, env)
    const first = await run()
    // sccache started (its state is there); if not, the log says why.
    expect([first.state.sccache !== undefined, first.stdout]).toEqual([true, first.stdout])
    expect(JSON.parse(first.state.sccache)).toMatchObject({ backend: 'env', local: null })
    expect(first.state.sccache).not.toContain('SCCACHE_DIR')
    expect(first.outputs['sccache-hit-rate']).toBe('0')
    const second = await run() // a fresh RUNNER_TEMP; only the user's directory holds the cache
    expect(Number(second.outputs['sccache-hit-rate'])).toBeGreaterThanOrEqual(90)
    expect(server.requests).toEqual([])
  } finally {
    await server.close()
    rmSync(ws, { recursive: true, force: true })
    rmSync(userDir, { recursive: true, force: true })
  }
})
