// The PR comment's decisions: where it goes and which comment it updates. Pure.
import { commentMarker, decideComment, findMarked } from '../../src/report/pr-comment.js'

describe('decisions', () => {
  test('a fork pull request is recognised', () => {
    const d = decideComment(
      'auto',
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'octo/app' },
      {
        pull_request: {
          number: 3,
          head: { repo: { full_name: 'fork/app' } },
          base: { repo: { full_name: 'octo/app' } }
        }
      }
    )
    expect(d).toEqual({
      post: true,
      target: {
        apiUrl: 'https://api.github.com',
        owner: 'octo',
        repo: 'app',
        number: 3,
        fromFork: true
      }
    })
  })
  test('the newest marked comment of our identity wins; a marker cannot close the HTML comment early', () => {
    const m = commentMarker('a --> b')
    expect(m).toBe('<!-- rust-optimize-report key="a - b" -->')
    const bot = { login: 'github-actions[bot]', type: 'Bot' }
    const person = { login: 'octocat', type: 'User' }
    const renovate = { login: 'renovate[bot]', type: 'Bot' }
    const comments = [
      { id: 1, body: `x ${m}`, user: bot },
      { id: 2, body: 'y', user: bot },
      { id: 3, body: m, user: bot },
      { id: 4, body: `pasted ${m}`, user: person },
      { id: 5, body: m, user: null },
      { id: 6, body: `quoting ${m}`, user: renovate },
      { id: 7, body: m, user: { login: '', type: 'Bot' } }
    ]
    expect(findMarked(comments, m, { login: 'github-actions[bot]' })?.id).toBe(3)
    expect(findMarked(comments, m, { login: 'GitHub-Actions[bot]' })?.id).toBe(3)
    expect(findMarked(comments, m, { login: 'octocat' })?.id).toBe(4)
    expect(findMarked(comments, m, { login: 'renovate[bot]' })?.id).toBe(6)
    expect(findMarked(comments, m, { login: 'my-app[bot]' })).toBeNull()
    expect(findMarked(comments, m, { login: 'hubot' })).toBeNull()
    expect(findMarked(comments, 'other marker', { login: 'github-actions[bot]' })).toBeNull()
  })
})
