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
  test('the newest marked comment wins; a marker cannot close the HTML comment early', () => {
    const m = commentMarker('a --> b')
    expect(m).toBe('<!-- rust-optimize-report key="a - b" -->')
    expect(
      findMarked(
        [
          { id: 1, body: `x ${m}` },
          { id: 2, body: 'y' },
          { id: 3, body: m }
        ],
        m
      )
    ).toEqual({
      id: 3,
      body: m
    })
  })
})
