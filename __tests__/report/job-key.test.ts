// The default job key: two matrix legs that build the same targets differently get their own
// size records and their own PR comment; the same run again reuses both.
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun } from '../support/action.js'
import { startCacheServer, type CacheServer } from '../support/cache-server.js'
import { copyFixture } from '../support/fixtures.js'
import { startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { commentMarker } from '../../src/report/pr-comment.js'

const T = 'x86_64-unknown-linux-gnu'

describe('matrix legs that differ only in features', () => {
  let cache: CacheServer
  let github: GitHubServer
  let project: string
  let runnerTemp: string
  let eventPath: string

  beforeAll(async () => {
    cache = await startCacheServer()
    github = await startGitHubServer('octo', 'app')
    project = copyFixture('report-bin')
    appendFileSync(path.join(project, 'Cargo.toml'), '\n[features]\nextra = []\n')
    runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'ro-jobkey-temp-'))
    eventPath = path.join(runnerTemp, 'event.json')
    writeFileSync(
      eventPath,
      JSON.stringify({
        pull_request: {
          number: 3,
          head: { repo: { full_name: 'octo/app' } },
          base: { repo: { full_name: 'octo/app' } }
        },
        repository: { full_name: 'octo/app' }
      })
    )
  })
  afterAll(async () => {
    await cache.close()
    await github.close()
  })

  function run(
    event: 'push' | 'pull_request',
    runId: string,
    features: string
  ): Promise<ActionRun> {
    return runAction({
      cwd: project,
      runnerTemp,
      inputs: {
        preset: 'none',
        'target-cpu': 'none',
        sccache: 'false',
        targets: T,
        features,
        'github-token': 'ghs_loopbackToken0123456789'
      },
      env: {
        ...cache.env(),
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: event === 'pull_request' ? eventPath : undefined,
        GITHUB_REF_NAME: event === 'push' ? 'main' : '3/merge',
        GITHUB_BASE_REF: event === 'push' ? undefined : 'main',
        GITHUB_RUN_ID: runId,
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_SHA: `${runId}abcdef0123456789`,
        GITHUB_JOB: 'build',
        GITHUB_REPOSITORY: 'octo/app',
        GITHUB_API_URL: github.url,
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: 'X64'
      }
    })
  }

  const saved = (): string[] =>
    cache.calls('CreateCacheEntry').map((r) => (r.body as { key: string }).key)
  const prefixOf = (key: string): string => key.replace(/\d+-1$/, '')

  test('write two size records, and the same leg again compares with its own', async () => {
    const plain = await run('push', '10', '')
    const extra = await run('push', '11', 'extra')
    expect([plain.code, extra.code]).toEqual([0, 0])
    const [a, b] = saved()
    expect(saved()).toHaveLength(2)
    expect(prefixOf(a)).not.toBe(prefixOf(b))
    // Neither leg found the other's record.
    expect([plain.outputs['baseline-size'], extra.outputs['baseline-size']]).toEqual(['', ''])

    const again = await run('push', '12', '')
    expect(again.code).toBe(0)
    expect(prefixOf(saved()[2])).toBe(prefixOf(a))
    expect(again.outputs['baseline-size']).toBe(plain.outputs['total-size'])
  })

  test('use two comment markers, and the same leg again updates its own comment', async () => {
    const plain = await run('pull_request', '20', '')
    const extra = await run('pull_request', '21', 'extra')
    expect([plain.code, extra.code]).toEqual([0, 0])
    const markers = github.comments.map(
      (c) => /<!-- rust-optimize-report key="[^"]*" -->/.exec(c.body)?.[0]
    )
    expect(markers).toEqual([
      commentMarker(`build Linux X64 ${T} preset=none`),
      commentMarker(`build Linux X64 ${T} preset=none features=extra`)
    ])
    const again = await run('pull_request', '22', '')
    expect(again.code).toBe(0)
    expect(github.comments).toHaveLength(2)
    expect(again.stdout).toMatch(/updated/i)
  })
})
