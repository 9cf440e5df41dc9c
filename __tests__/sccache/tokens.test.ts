// Runner tokens stay with the action: the sccache processes it starts (the server and every client
// call, in the main and the post step) never see the OIDC request token, and only the gha backend
// gets the cache service's variables. Read from the environment of the real sccache's processes.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun } from '../support/action.js'
import { startCacheServer, type CacheServer } from '../support/cache-server.js'
import { copyFixture } from '../support/fixtures.js'
import { ownRustc } from '../support/rust.js'
import {
  recordedCalls,
  recordingSccache,
  requireTool,
  serverEnviron,
  stopTracked,
  track,
  type RecordedCall
} from '../support/sccache.js'

const INPUTS = { preset: 'none', 'target-cpu': 'none', baseline: 'none', comment: 'false' }
const OIDC = ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_URL']
const CACHE = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL']

let server: CacheServer
let ws: string
beforeAll(async () => {
  requireTool('sccache')
  server = await startCacheServer()
  ws = copyFixture('sccache-workspace')
})
afterAll(async () => {
  stopTracked()
  await server.close()
  rmSync(ws, { recursive: true, force: true })
})

interface Observed {
  main: ActionRun
  post: ActionRun
  calls: RecordedCall[]
  /** The server's environment while it ran (between main and post), or null if it never ran. */
  server: Record<string, string> | null
}

async function job(backend: string, extra: Record<string, string> = {}): Promise<Observed> {
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'ro-sccache-calls-'))
  const env = {
    ...server.env(), // ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN of a loopback cache service
    ACTIONS_CACHE_URL: `${server.url}/`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc',
    SCCACHE_PATH: path.join(recordingSccache(logDir), 'sccache'),
    ...extra
  }
  rmSync(path.join(ws, 'target'), { recursive: true, force: true })
  const inputs = { ...INPUTS, 'sccache-backend': backend }
  const main = track(await runAction({ inputs, cwd: ws, env }))
  if (main.code !== 0) throw new Error(`action failed:\n${main.stdout}\n${main.stderr}`)
  const port =
    main.state.sccache === undefined
      ? null
      : (JSON.parse(main.state.sccache) as { env: Record<string, string> }).env.SCCACHE_SERVER_PORT
  const serverEnv = port === null ? null : serverEnviron(port)
  const post = await runAction({ entry: 'post', cwd: ws, env, state: main.state })
  expect(post.code).toBe(0)
  const calls = recordedCalls(logDir)
  rmSync(logDir, { recursive: true, force: true })
  return { main, post, calls, server: serverEnv }
}

function present(env: Record<string, string>, names: string[]): string[] {
  return names.filter((n) => env[n] !== undefined)
}

test.each([
  ['local', {}],
  ['env', { SCCACHE_DIR: mkdtempSync(path.join(os.tmpdir(), 'ro-user-sccache-')) }]
])('%s backend: no runner token or cache variable reaches sccache', async (backend, extra) => {
  const seen = await job(backend, extra)
  // It really compiled through sccache (on a failure, the action's log says why it did not).
  const rate = seen.main.outputs['sccache-hit-rate']
  expect({ rate, log: rate === '0' ? '' : seen.main.stdout }).toEqual({ rate: '0', log: '' })
  expect(seen.server).not.toBeNull()
  expect(present(seen.server ?? {}, [...OIDC, ...CACHE])).toEqual([])
  // The start, the probes, cargo's compilations and the post step's stats and stop.
  const args = seen.calls.map((c) => c.args)
  expect(args).toEqual(
    expect.arrayContaining(['--start-server', `${ownRustc()} -vV`, '--stop-server'])
  )
  expect(args.some((a) => a.startsWith('rustc - --crate-name') || / --crate-name /.test(a))).toBe(
    true
  )
  for (const call of seen.calls)
    expect([call.args, present(call.env, [...OIDC, ...CACHE])]).toEqual([call.args, []])
  if (backend === 'local') {
    // The action itself still used the cache service with the token it kept.
    expect(server.calls('GetCacheEntryDownloadURL')).not.toHaveLength(0)
  }
})

test('gha backend: sccache gets the cache variables it needs, never the OIDC token', async () => {
  const seen = await job('gha')
  const start = seen.calls.find((c) => c.args === '--start-server')
  expect(start).toBeDefined()
  // The server is spawned by this call with its environment (Debian's sccache, built without the
  // gha backend, then refuses to start and the build goes on without it).
  expect(present(start?.env ?? {}, CACHE)).toEqual(CACHE)
  expect(start?.env.SCCACHE_GHA_ENABLED).toBe('true')
  for (const call of seen.calls)
    expect([call.args, present(call.env, OIDC)]).toEqual([call.args, []])
  if (seen.server !== null) expect(present(seen.server, OIDC)).toEqual([])
  // The post step's calls (if any) get no runner variable at all.
  const postCalls = seen.calls.filter(
    (c) => c.args === '--stop-server' || c.args.startsWith('--show-stats')
  )
  for (const call of postCalls.filter((c) => c.env.SCCACHE_GHA_ENABLED === undefined))
    expect(present(call.env, [...OIDC, ...CACHE])).toEqual([])
})
