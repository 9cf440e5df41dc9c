// The sticky PR comment, end to end: the bundled action against a loopback GitHub REST API.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun } from '../support/action.js'
import { copyFixture } from '../support/fixtures.js'
import { ACTIONS_BOT, startGitHubServer, type GitHubServer } from '../support/github-server.js'
import { commentMarker } from '../../src/report/pr-comment.js'

const TOKEN = 'ghs_loopbackSecretToken1234567890'
const PR = 7
let server: GitHubServer
let project: string
let eventPath: string

beforeAll(async () => {
  server = await startGitHubServer('octo', 'app')
  project = copyFixture('report-bin')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ro-event-'))
  eventPath = path.join(dir, 'event.json')
  writeFileSync(
    eventPath,
    JSON.stringify({
      pull_request: {
        number: PR,
        head: { repo: { full_name: 'octo/app' } },
        base: { repo: { full_name: 'octo/app' } }
      },
      repository: { full_name: 'octo/app' }
    })
  )
  // Somebody else's comments fill the first page, so finding ours needs the second one.
  for (let i = 0; i < 120; i++)
    server.comments.push({
      id: i + 1,
      issue: PR,
      body: `chatter ${i}`,
      user: { login: 'someone', type: 'User' }
    })
})
afterAll(async () => server.close())

function run(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    cwd: project,
    inputs: {
      preset: 'none',
      'target-cpu': 'none',
      sccache: 'false',
      baseline: 'none',
      'github-token': TOKEN,
      ...inputs
    },
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_API_URL: server.url,
      GITHUB_JOB: 'build'
    }
  })
}

const ours = (): typeof server.comments =>
  server.comments.filter((c) => c.id > 120 && c.user.login === ACTIONS_BOT.login)
/** The log as the runner shows it: `::add-mask::` commands are consumed, never printed. */
const shown = (r: ActionRun): string =>
  (r.stdout + r.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
/** Requests that change something (GraphQL's POST only reads). */
const writes = (token = TOKEN): string[] =>
  server.requests
    .filter(
      (r) => r.method !== 'GET' && r.path !== '/graphql' && r.authorization === `token ${token}`
    )
    .map((r) => `${r.method} ${r.path}`)

test('first run creates the comment, the second updates it, another key makes a second one', async () => {
  const first = await run()
  expect(first.code).toBe(0)
  expect(ours()).toHaveLength(1)
  const id = ours()[0].id
  const marker = commentMarker('build Linux X64 x86_64-unknown-linux-gnu preset=none')
  expect(ours()[0].body).toBe(`${first.outputs.report.trimEnd()}\n\n${marker}\n`)
  expect(writes()).toEqual([`POST /repos/octo/app/issues/${PR}/comments`])
  // Who the token is (an installation token: 403), then both pages of the listing.
  expect(server.requests.filter((r) => r.method === 'GET').map((r) => r.path)).toEqual([
    '/user',
    `/repos/octo/app/issues/${PR}/comments?per_page=100`,
    `/repos/octo/app/issues/${PR}/comments?per_page=100&page=2`
  ])
  expect(first.stdout).toContain(`Created comment ${id} on pull request #${PR}`)

  const second = await run()
  expect(second.code).toBe(0)
  expect(ours().map((c) => c.id)).toEqual([id])
  expect(writes().slice(1)).toEqual([`PATCH /repos/octo/app/issues/comments/${id}`])
  expect(second.stdout).toContain(`Updated comment ${id} on pull request #${PR}`)

  const other = await run({ 'comment-key': 'size report for arm' })
  expect(other.code).toBe(0)
  expect(ours()).toHaveLength(2)
  expect(ours()[1].body).toContain(commentMarker('size report for arm'))
  expect(ours()[0].body).toContain(marker)
  expect(writes().slice(2)).toEqual([`POST /repos/octo/app/issues/${PR}/comments`])

  for (const r of server.requests) expect(r.authorization).toBe(`token ${TOKEN}`)
  for (const r of [first, second, other]) expect(shown(r)).not.toContain(TOKEN)
})

test('403 warns with comment: auto and fails with comment: true, after writing the outputs', async () => {
  server.failWith = 403
  try {
    const auto = await run()
    expect(auto.code).toBe(0)
    expect(auto.stdout).toMatch(
      new RegExp(
        `::warning::Could not comment on pull request #${PR} \\(HTTP 403\\): Resource not accessible by integration`
      )
    )
    expect(auto.outputs['total-size']).toMatch(/^\d+$/)

    const strict = await run({ comment: 'true' })
    expect(strict.code).toBe(1)
    expect(strict.stdout).toMatch(
      new RegExp(`::error::Could not comment on pull request #${PR} \\(HTTP 403\\)`)
    )
    expect(strict.outputs.report).toContain('**rust-optimize**')
    expect(strict.summary).toContain('**rust-optimize**')
    for (const r of [auto, strict]) expect(shown(r)).not.toContain(TOKEN)
  } finally {
    server.failWith = null
  }
})

test("a person's comment carrying the marker is never edited, with either kind of token", async () => {
  const marker = commentMarker('planted')
  const planted = {
    id: 500,
    issue: PR,
    body: `quoting ${marker}`,
    user: { login: 'mallory', type: 'User' as const }
  }
  server.comments.push(planted)
  // The runner's installation token: GET /user is 403, so ours are the bot's comments.
  const first = await run({ 'comment-key': 'planted' })
  expect(first.code).toBe(0)
  expect(server.comments.find((c) => c.id === 500)?.body).toBe(`quoting ${marker}`)
  const bots = server.comments.filter((c) => c.body.includes(marker) && c.user.type === 'Bot')
  expect(bots).toHaveLength(1)
  expect(first.stdout).toContain(`Created comment ${bots[0].id} on pull request #${PR}`)
  const again = await run({ 'comment-key': 'planted' })
  expect(again.stdout).toContain(`Updated comment ${bots[0].id} on pull request #${PR}`)
  expect(server.comments.find((c) => c.id === 500)?.body).toBe(`quoting ${marker}`)

  // A personal access token: GET /user names the account, and only its comments are ours, not
  // the bot's nor mallory's.
  const PAT = 'ghp_loopbackPersonalToken0987654321'
  server.users[PAT] = { login: 'octocat', type: 'User' }
  const patWrites = (): string[] =>
    server.requests
      .filter((r) => r.method !== 'GET' && r.authorization === `token ${PAT}`)
      .map((r) => `${r.method} ${r.path}`)
  const withPat = await run({ 'comment-key': 'planted', 'github-token': PAT })
  expect(withPat.code).toBe(0)
  const mine = server.comments.filter((c) => c.user.login === 'octocat')
  expect(mine).toHaveLength(1)
  expect(patWrites()).toEqual([`POST /repos/octo/app/issues/${PR}/comments`])
  const patAgain = await run({ 'comment-key': 'planted', 'github-token': PAT })
  expect(patAgain.code).toBe(0)
  expect(patWrites().slice(1)).toEqual([`PATCH /repos/octo/app/issues/comments/${mine[0].id}`])
  expect(server.comments.find((c) => c.id === 500)?.body).toBe(`quoting ${marker}`)
  expect(server.comments.find((c) => c.id === bots[0].id)?.body).toBe(bots[0].body)
  for (const r of [withPat, patAgain]) expect(shown(r)).not.toContain(PAT)
})

test("another bot's comment carrying our marker is left byte-identical, whichever token is ours", async () => {
  const marker = commentMarker('bots')
  const renovate = {
    id: 600,
    issue: PR,
    body: `Renovate quotes the report:\n\n> ${marker}\n`,
    user: { login: 'renovate[bot]', type: 'Bot' as const }
  }
  server.comments.push({ ...renovate })
  const body = (id: number): string | undefined => server.comments.find((c) => c.id === id)?.body
  const by = (login: string) =>
    server.comments.filter((c) => c.id > 600 && c.user.login === login && c.body.includes(marker))
  const twice = async (token: string, login: string): Promise<number> => {
    const before = writes(token).length
    const first = await run({ 'comment-key': 'bots', 'github-token': token })
    expect(first.code).toBe(0)
    const made = by(login)
    expect(made).toHaveLength(1)
    expect(first.stdout).toContain(
      `Created comment ${made[0].id} on pull request #${PR} as ${login}`
    )
    const second = await run({ 'comment-key': 'bots', 'github-token': token })
    expect(second.code).toBe(0)
    expect(second.stdout).toContain(
      `Updated comment ${made[0].id} on pull request #${PR} as ${login}`
    )
    expect(writes(token).slice(before)).toEqual([
      `POST /repos/octo/app/issues/${PR}/comments`,
      `PATCH /repos/octo/app/issues/comments/${made[0].id}`
    ])
    expect(by(login)).toHaveLength(1)
    return made[0].id
  }

  // The runner's token: GET /user is 403, GraphQL's viewer says github-actions[bot].
  const runners = await twice(TOKEN, 'github-actions[bot]')
  expect(body(600)).toBe(renovate.body)
  const runnersBody = body(runners)

  // Another GitHub App's installation token: its bot's comments are ours, not the runner's.
  const APP = 'ghs_loopbackOtherAppToken5555555555'
  server.apps[APP] = { login: 'my-app[bot]', type: 'Bot' }
  const apps = await twice(APP, 'my-app[bot]')
  expect(body(600)).toBe(renovate.body)
  expect(body(runners)).toBe(runnersBody)

  // The runner's token on an API without GraphQL: the runner's bot, so its comment is updated.
  server.graphqlDown = true
  const appsBody = body(apps)
  const fallback = await run({ 'comment-key': 'bots' })
  server.graphqlDown = false
  expect(fallback.code).toBe(0)
  expect(fallback.stdout).toContain(
    `Updated comment ${runners} on pull request #${PR} as github-actions[bot]`
  )
  expect(writes().slice(-1)).toEqual([`PATCH /repos/octo/app/issues/comments/${runners}`])
  expect(body(600)).toBe(renovate.body)
  expect(body(apps)).toBe(appsBody)
})

test('outside pull requests: comment: auto says why it skips, comment: true fails saying why', async () => {
  const before = server.requests.length
  const push = (comment: string): Promise<ActionRun> =>
    runAction({
      cwd: project,
      inputs: { preset: 'none', 'target-cpu': 'none', sccache: 'false', baseline: 'none', comment },
      env: { GITHUB_EVENT_NAME: 'push', GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'octo/app' }
    })
  const auto = await push('auto')
  expect(auto.code).toBe(0)
  expect(auto.stdout).toContain('No pull request comment: the push event is not a pull request.')
  const strict = await push('true')
  expect(strict.code).toBe(1)
  expect(strict.stdout).toContain(
    '::error::comment is true, but there is no pull request to comment on: the push event is not a pull request.'
  )
  expect(strict.outputs['total-size']).toMatch(/^\d+$/)
  expect(strict.stdout).not.toContain('::group::Pull request comment')
  const off = await run({ comment: 'false' })
  expect(off.code).toBe(0)
  expect(off.stdout).not.toContain('No pull request comment')
  expect(server.requests.length).toBe(before)
})
