// Where the PR comment goes, per event and payload; its key, marker, body and error wording.
import {
  commentBody,
  commentMarker,
  decideComment,
  describeCommentError,
  findMarked,
  type CommentTarget
} from '../../src/report/pr-comment.js'

const pr = { pull_request: { number: 5 } }
const env = (event: string, extra: Record<string, string> = {}) => ({
  GITHUB_EVENT_NAME: event,
  GITHUB_REPOSITORY: 'octo/app',
  ...extra
})

test.each([
  ['pull_request', true],
  ['pull_request_target', true],
  ['push', false],
  ['workflow_run', false],
  ['pull_request_review', false]
])('the %s event comments: %p', (event, post) => {
  const d = decideComment('auto', env(event), pr)
  expect(d.post).toBe(post)
  if (!d.post) expect(d.reason).toBe(`the ${event} event is not a pull request`)
})

test('reasons not to comment', () => {
  expect(decideComment('false', env('pull_request'), pr)).toEqual({
    post: false,
    reason: 'comment is false'
  })
  expect(decideComment('true', {}, pr)).toEqual({
    post: false,
    reason: 'not running in a workflow'
  })
  const noNumber = 'the event payload names no pull request number or repository'
  expect(decideComment('auto', env('pull_request'), null)).toEqual({
    post: false,
    reason: noNumber
  })
  expect(decideComment('auto', env('pull_request'), { pull_request: { number: '5' } })).toEqual({
    post: false,
    reason: noNumber
  })
  expect(decideComment('auto', { GITHUB_EVENT_NAME: 'pull_request' }, pr)).toEqual({
    post: false,
    reason: noNumber
  })
  expect(
    decideComment('auto', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'octo' }, pr)
  ).toEqual({ post: false, reason: noNumber })
})

test('the target: repository from the env or the payload, API URL without trailing slashes', () => {
  expect(decideComment('true', env('pull_request_target'), pr)).toEqual({
    post: true,
    target: {
      apiUrl: 'https://api.github.com',
      owner: 'octo',
      repo: 'app',
      number: 5,
      fromFork: false
    }
  })
  const ghes = decideComment(
    'auto',
    { GITHUB_EVENT_NAME: 'pull_request', GITHUB_API_URL: 'https://ghe.example/api/v3//' },
    { ...pr, repository: { full_name: 'team/tool' } }
  )
  expect(ghes).toEqual({
    post: true,
    target: {
      apiUrl: 'https://ghe.example/api/v3',
      owner: 'team',
      repo: 'tool',
      number: 5,
      fromFork: false
    }
  })
})

test.each([
  [{ head: { repo: { full_name: 'octo/app' } } }, false],
  [{ head: { repo: { full_name: 'fork/app' } } }, true],
  [{ head: { repo: null } }, false],
  [{ head: { repo: { full_name: 'fork/app' } }, base: { repo: { full_name: 'fork/app' } } }, false],
  [{ head: { repo: { full_name: 'octo/app' } }, base: { repo: { full_name: 'up/app' } } }, true]
])('head and base %j: from a fork %p', (sides, fromFork) => {
  const d = decideComment('auto', env('pull_request'), { pull_request: { number: 1, ...sides } })
  expect(d.post && d.target.fromFork).toBe(fromFork)
})

test('comment key, marker and body', () => {
  expect(commentMarker('  a<b>"c"\n d ---> e  ')).toBe(
    '<!-- rust-optimize-report key="a b c d - e" -->'
  )
  expect(commentBody('# Report\n\n\n', '<!-- m -->')).toBe('# Report\n\n<!-- m -->\n')
  expect(
    findMarked([{ id: 1, body: null }, { id: 2 }], '<!-- m -->', { login: 'github-actions[bot]' })
  ).toBeNull()
  expect(findMarked([], '<!-- m -->', { login: 'github-actions[bot]' })).toBeNull()
  expect(
    findMarked(
      [
        { id: 4, body: 'x <!-- m -->', user: { login: 'github-actions[bot]', type: 'Bot' } },
        { id: 5, body: 'y', user: { login: 'github-actions[bot]', type: 'Bot' } }
      ],
      '<!-- m -->',
      { login: 'github-actions[bot]' }
    )
  ).toEqual({
    id: 4,
    body: 'x <!-- m -->',
    user: { login: 'github-actions[bot]', type: 'Bot' }
  })
})

describe('error wording', () => {
  const target: CommentTarget = {
    apiUrl: 'https://api.github.com',
    owner: 'o',
    repo: 'r',
    number: 9,
    fromFork: false
  }
  const httpError = (status: number, message: string) =>
    Object.assign(new Error(message), { status })
  const advice =
    ' To comment on fork pull requests, post the `report` output from a `workflow_run` workflow (see the README), or set `comment: false`.'

  test.each([401, 403, 404])('HTTP %d explains permissions', (status) => {
    expect(describeCommentError(httpError(status, 'Denied\nmore'), target, 'tok')).toBe(
      `Could not comment on pull request #9 (HTTP ${status}): Denied. The token lacks permission: give the job \`permissions: pull-requests: write\`.${advice}`
    )
    expect(
      describeCommentError(httpError(status, 'Denied'), { ...target, fromFork: true }, '')
    ).toBe(
      `Could not comment on pull request #9 (HTTP ${status}): Denied. The pull request comes from a fork, and its token is read-only.${advice}`
    )
  })

  test('other errors: the first line, the token masked, no advice', () => {
    expect(describeCommentError(httpError(500, 'boom tok tok\nstack'), target, 'tok')).toBe(
      'Could not comment on pull request #9 (HTTP 500): boom *** ***'
    )
    expect(describeCommentError('plain text', target, '')).toBe(
      'Could not comment on pull request #9: plain text'
    )
    expect(describeCommentError({ status: '403', message: 'x' }, target, '')).toBe(
      'Could not comment on pull request #9: [object Object]'
    )
  })
})
