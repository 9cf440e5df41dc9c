// baseline: auto end to end against the loopback Actions cache service: a push run records its
// sizes, a pull request run finds the base branch's newest record and reports the real delta.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { saveDir } from '../../src/sccache/cache.js'
import { jest } from '@jest/globals'
import { runAction, type ActionRun } from '../support/action.js'
import { closedPortUrl, startCacheServer, type CacheServer } from '../support/cache-server.js'
import { copyFixture } from '../support/fixtures.js'
import { recordIdentity, recordPrefix } from '../../src/report/size-record.js'
import { defaultJobKey } from '../../src/report/job-key.js'

const T = 'x86_64-unknown-linux-gnu'
let server: CacheServer
let project: string
let runnerTemp: string

beforeAll(async () => {
  server = await startCacheServer()
  project = copyFixture('report-bin')
  runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'ro-baseline-temp-'))
})
afterAll(async () => server.close())

interface Ev {
  event: string
  ref?: string
  base?: string
  runId: string
}

function run(ev: Ev, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    cwd: project,
    runnerTemp,
    inputs: {
      preset: 'none',
      'target-cpu': 'none',
      sccache: 'false',
      comment: 'false',
      targets: T,
      ...inputs
    },
    env: {
      ...server.env(),
      GITHUB_EVENT_NAME: ev.event,
      GITHUB_REF_NAME: ev.ref,
      GITHUB_BASE_REF: ev.base,
      GITHUB_HEAD_REF: ev.base === undefined ? undefined : 'feature',
      GITHUB_RUN_ID: ev.runId,
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: `${ev.runId}abcdef0123456789`,
      GITHUB_JOB: 'build',
      GITHUB_REPOSITORY: 'octo/app'
    }
  })
}

const saves = (): string[] =>
  server.calls('CreateCacheEntry').map((r) => (r.body as { key: string }).key)
const prefix = (branch: string): string =>
  recordPrefix(
    recordIdentity(
      defaultJobKey({
        env: { GITHUB_JOB: 'build' },
        host: T,
        targets: [T],
        preset: 'none',
        features: [],
        allFeatures: false,
        noDefaultFeatures: false,
        packages: [],
        bins: [],
        toolchain: null
      }),
      ''
    ),
    branch
  )
const artifactsOf = (
  r: ActionRun
): { name: string; size: number; baseline: number | null; delta: number | null }[] =>
  JSON.parse(r.outputs.artifacts) as {
    name: string
    size: number
    baseline: number | null
    delta: number | null
  }[]
const noDelta = (r: ActionRun): void => {
  expect([
    r.outputs['baseline-size'],
    r.outputs['size-delta'],
    r.outputs['size-delta-percent']
  ]).toEqual(['', '', ''])
  expect(artifactsOf(r).map((a) => [a.baseline, a.delta])).toEqual([[null, null]])
}

test('push records, a pull request compares with its base branch, the next push with the previous run', async () => {
  // A pull request before main has any record: the report says how one gets recorded.
  const early = await run({ event: 'pull_request', ref: '7/merge', base: 'main', runId: '90' })
  expect(early.code).toBe(0)
  noDelta(early)
  expect(early.outputs.report).toContain(
    '_No size record of the base branch `main` yet. A run on `main` that is not a pull request (a push, a schedule or a manual run) records one, with `baseline: auto` and `save-cache: true`._'
  )
  expect(saves()).toEqual([])

  // The first push on main: nothing to compare with yet, and it records.
  const push = await run({ event: 'push', ref: 'main', runId: '100' })
  expect(push.code).toBe(0)
  noDelta(push)
  expect(push.outputs.report).toContain(
    '_No earlier size record of `main` yet; this run records one for the next run to compare with._'
  )
  expect(saves()).toEqual([`${prefix('main')}100-1`])
  expect(push.stdout).toContain(`Saved size record ${prefix('main')}100-1`)

  // A pull request whose binary grows (debug info): the real delta against main's record.
  const pr = await run(
    { event: 'pull_request', ref: '7/merge', base: 'main', runId: '101' },
    { overrides: 'debug = 1' }
  )
  expect(pr.code).toBe(0)
  const before = Number(push.outputs['total-size'])
  const after = Number(pr.outputs['total-size'])
  expect(after).toBeGreaterThan(before)
  expect(pr.outputs['baseline-size']).toBe(String(before))
  expect(pr.outputs['size-delta']).toBe(String(after - before))
  expect(pr.outputs['size-delta-percent']).toBe(
    String(Math.round(((after - before) / before) * 10000) / 100)
  )
  expect(artifactsOf(pr)).toEqual([
    expect.objectContaining({
      name: 'report-bin',
      size: after,
      baseline: before,
      delta: after - before
    })
  ])
  expect(pr.outputs.report.split('\n')[0]).toContain('vs base branch `main` (100abcd, run 100)')
  expect(saves()).toHaveLength(1) // pull requests do not record

  // A push on a feature branch finds no record of its own branch (main's is not its own).
  const feature = await run({ event: 'push', ref: 'feature', runId: '102' })
  noDelta(feature)
  expect(saves()).toEqual([`${prefix('main')}100-1`, `${prefix('feature')}102-1`])

  // The next push on main compares with the previous run on main, and records again.
  const next = await run({ event: 'push', ref: 'main', runId: '103' })
  expect(next.outputs['baseline-size']).toBe(String(before))
  expect(next.outputs['size-delta']).toBe('0')
  expect(next.outputs.report.split('\n')[0]).toContain(
    'no size change vs the previous run on `main` (100abcd, run 100)'
  )
  expect(saves()).toHaveLength(3)

  // ... and a pull request now gets that newest record.
  server.requests.length = 0
  const pr2 = await run({ event: 'pull_request', ref: '7/merge', base: 'main', runId: '104' })
  expect(pr2.outputs.report.split('\n')[0]).toContain('vs base branch `main` (103abcd, run 103)')
})

test('a corrupt record is a warning and counts as none', async () => {
  // Store an entry with the record's prefix, layout and version but broken JSON in it.
  const dir = path.join(runnerTemp, 'rust-optimize-sizes')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    path.join(dir, 'sizes.json'),
    '{"version": 1, "branch": "broken", "sizes": {"x": -1}'
  )
  const saved = { ...process.env }
  // RUNNER_TEMP: the cache library's archive goes there (without it, to /home/actions/temp).
  Object.assign(process.env, server.env(), { GITHUB_WORKSPACE: project, RUNNER_TEMP: runnerTemp })
  const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    expect(await saveDir(dir, `${prefix('broken')}1-1`)).toBeNull()
  } finally {
    quiet.mockRestore()
    process.env = saved
  }
  const pr = await run({ event: 'pull_request', ref: '8/merge', base: 'broken', runId: '200' })
  expect(pr.code).toBe(0)
  noDelta(pr)
  expect(pr.stdout).toMatch(
    new RegExp(
      `::warning::Size baseline: the record ${prefix('broken')}1-1 is unreadable \\(not JSON`
    )
  )
  expect(pr.outputs.report).toContain(
    '_No baseline: the size record of `broken` is unreadable (not JSON'
  )
})

test('an unreachable cache service is a warning, never a failure', async () => {
  const r = await runAction({
    cwd: project,
    runnerTemp,
    inputs: {
      preset: 'none',
      'target-cpu': 'none',
      sccache: 'false',
      comment: 'false',
      targets: T,
      'size-budget': '0'
    },
    env: {
      ...server.env(),
      ACTIONS_RESULTS_URL: await closedPortUrl(),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF_NAME: 'main',
      GITHUB_RUN_ID: '300',
      GITHUB_JOB: 'build'
    }
  })
  expect(r.code).toBe(0)
  noDelta(r)
  expect(r.stdout).toMatch(/::warning::Failed to restore: .*ECONNREFUSED/)
  expect(r.stdout).toMatch(/::warning::Size baseline: the record .* was not saved/)
  expect(r.outputs.report).toContain('Size budget `0` not checked: there is no baseline.')
})

test('outside GitHub Actions there is no cache service: the report says what to use instead', async () => {
  const r = await runAction({
    cwd: project,
    inputs: { preset: 'none', 'target-cpu': 'none', sccache: 'false', comment: 'false', targets: T }
  })
  expect(r.code).toBe(0)
  noDelta(r)
  expect(r.outputs.report).toContain(
    '`baseline: profile` compares with the untouched profile instead.'
  )
})
