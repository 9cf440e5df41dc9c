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
    const comments = [
      { id: 1, body: `x ${m}`, user: bot },
      { id: 2, body: 'y', user: bot },
      { id: 3, body: m, user: bot },
      { id: 4, body: `pasted ${m}`, user: person },
      { id: 5, body: m, user: null }
    ]
    expect(findMarked(comments, m, { kind: 'bot' })?.id).toBe(3)
    expect(findMarked(comments, m, { kind: 'user', login: 'octocat' })?.id).toBe(4)
    expect(findMarked(comments, m, { kind: 'user', login: 'hubot' })).toBeNull()
  })
})
