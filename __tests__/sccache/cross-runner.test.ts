// Cache entries work across runners: the sccache `local` entry and the `baseline: auto` size record
// saved by a job on one runner are found by a job on a runner whose RUNNER_TEMP and checkout path
// differ (self-hosted pools, container jobs). And `save-cache: auto` saves nothing on
// pull_request_target. All through the bundled action and the loopback Actions cache service.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun } from '../support/action.js'
import { startCacheServer, type CacheServer } from '../support/cache-server.js'
import { copyFixture, debianCargoHome } from '../support/fixtures.js'
import { stopTracked, track } from '../support/sccache.js'

// Dependencies come from a registry outside the checkout, as crates.io crates do from
// ~/.cargo/registry: here Debian's packaged crates through a test-owned CARGO_HOME.
const REGISTRY_CRATE = 'unicode-ident-1.0.0'

let server: CacheServer
let cargoHome: string
const cleanup: string[] = []

beforeAll(async () => {
  cargoHome = debianCargoHome([REGISTRY_CRATE])
  cleanup.push(cargoHome)
  server = await startCacheServer()
})
afterAll(async () => {
  stopTracked()
  await server.close()
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

interface Job {
  main: ActionRun
  post: ActionRun
}

/** One job on a fresh runner: its own checkout and its own RUNNER_TEMP, main step then post. */
async function jobOnNewRunner(
  event: Record<string, string>,
  inputs: Record<string, string> = {}
): Promise<Job> {
  const checkout = copyFixture('registry-bin')
  const runnerTemp = path.join(mkdtempSync(path.join(os.tmpdir(), 'ro-runner-')), 'temp')
  cleanup.push(checkout, path.dirname(runnerTemp))
  const env = {
    ...server.env(),
    ...event,
    CARGO_HOME: cargoHome,
    GITHUB_JOB: 'build',
    GITHUB_REPOSITORY: 'octo/app'
  }
  const all = {
    // The warm entry would make the registry crate fresh, and sccache would see nothing to serve:
    // here the sccache entry itself crosses runners (the warm entry has __tests__/warm).
    'warm-cache': 'false',
    preset: 'none',
    'target-cpu': 'none',
    comment: 'false',
    sccache: 'true',
    locked: 'true',
    ...inputs
  }
  const main = track(await runAction({ inputs: all, cwd: checkout, env, runnerTemp }))
  if (main.code !== 0) throw new Error(`main step failed:\n${main.stdout}\n${main.stderr}`)
  const post = await runAction({ entry: 'post', cwd: checkout, env, state: main.state, runnerTemp })
  expect(post.code).toBe(0)
  return { main, post }
}

const localState = (run: ActionRun): { key: string; matchedKey: string | null } =>
  (JSON.parse(run.state.sccache) as { local: { key: string; matchedKey: string | null } }).local

const PUSH = { GITHUB_EVENT_NAME: 'push', GITHUB_REF_NAME: 'main' }
const PULL = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_BASE_REF: 'main', GITHUB_HEAD_REF: 'f' }

test('a push on one runner seeds the cache and the size record a pull request on another runner uses', async () => {
  const base = await jobOnNewRunner(PUSH)
  const key = localState(base.main).key
  expect(localState(base.main).matchedKey).toBeNull()
  expect(base.post.summary).toContain(`- Saved: \`${key}\``)
  expect(base.main.stdout).toMatch(/Saved size record /)
  expect(server.entries.filter((e) => e.finalized)).toHaveLength(2)

  const pr = await jobOnNewRunner(PULL)
  expect(pr.main.runnerTemp).not.toBe(base.main.runnerTemp)
  // The sccache entry: the exact key is restored and the registry crate is served from it.
  expect(localState(pr.main).key).toBe(key)
  expect(localState(pr.main).matchedKey).toBe(key)
  expect(pr.main.outputs['cache-hit']).toBe('true')
  expect(pr.main.outputs['sccache-hit-rate']).toBe('100')
  // The size record: the pull request compares with the base branch's record.
  expect(pr.main.stdout).toMatch(/Comparing with size record /)
  expect(pr.main.outputs['baseline-size']).toBe(base.main.outputs['total-size'])
  expect(pr.main.outputs['size-delta']).toBe('0')
  expect(pr.main.stdout.split('\n').filter((l) => l.startsWith('::warning'))).toEqual([])
})

test('save-cache: auto saves nothing on pull_request_target; true saves', async () => {
  const before = server.calls('CreateCacheEntry').length
  // Another cache-key: a miss, so there is something new that would be saved.
  const prt = { ...PULL, GITHUB_EVENT_NAME: 'pull_request_target' }
  const auto = await jobOnNewRunner(prt, { 'cache-key': 'prt' })
  expect(localState(auto.main).matchedKey).toBeNull()
  expect(auto.main.outputs['sccache-hit-rate']).toBe('0')
  expect(auto.main.stdout).toContain(
    "caches: restored only (save-cache is auto and this is a pull_request_target event, which runs with the base branch's cache scope"
  )
  expect(auto.post.summary).toContain('- Not saved: saving is off for this run')
  expect(server.calls('CreateCacheEntry').length).toBe(before)

  const always = await jobOnNewRunner(prt, { 'cache-key': 'prt', 'save-cache': 'true' })
  expect(always.post.summary).toContain(`- Saved: \`${localState(always.main).key}\``)
  expect(server.calls('CreateCacheEntry').length).toBe(before + 1)
})
