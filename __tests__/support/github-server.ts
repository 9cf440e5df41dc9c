// A loopback server speaking the parts of the GitHub API the PR comment uses, the way GitHub
// answers them: `GET /user` (200 for a personal access token, 403 for an installation token),
// GraphQL's `viewer` (the account behind any token: `<app>[bot]` for an installation token), list
// (paginated with Link headers), create and update issue comments. Comments carry their author; a
// token may edit anyone's comment (as one with write access can), so a wrong edit goes through
// and shows. Records every request.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  authorization: string | undefined
  body: unknown
}

export interface Account {
  login: string
  type: 'User' | 'Bot'
}

export interface StoredComment {
  id: number
  issue: number
  body: string
  user: Account
}

/** Who writes with an installation token (the runner's GITHUB_TOKEN). */
export const ACTIONS_BOT: Account = { login: 'github-actions[bot]', type: 'Bot' }

export interface GitHubServer {
  url: string
  requests: RecordedRequest[]
  comments: StoredComment[]
  /** When set, every request is answered with this status and GitHub's error body. */
  failWith: number | null
  /** Personal access tokens and their accounts. */
  users: Record<string, Account>
  /** Installation tokens of other GitHub Apps and their bots; any other token is the runner's. */
  apps: Record<string, Account>
  /** When true, the GraphQL endpoint answers 404 (an API without it). */
  graphqlDown: boolean
  close(): Promise<void>
}

export async function startGitHubServer(owner: string, repo: string): Promise<GitHubServer> {
  let nextId = 1000
  const state: Omit<GitHubServer, 'url' | 'close'> = {
    requests: [],
    comments: [],
    failWith: null,
    users: {},
    apps: {},
    graphqlDown: false
  }
  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (c: Buffer) => (raw += c.toString()))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const body = raw === '' ? null : (JSON.parse(raw) as unknown)
      state.requests.push({
        method: req.method ?? '',
        path: url.pathname + url.search,
        authorization: req.headers.authorization,
        body
      })
      const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
        res.end(JSON.stringify(data))
      }
      if (state.failWith !== null) {
        send(state.failWith, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest'
        })
        return
      }
      const token = (req.headers.authorization ?? '').replace(/^(token|bearer) /i, '')
      const account: Account = state.users[token] ?? state.apps[token] ?? ACTIONS_BOT
      if (url.pathname === '/graphql' && req.method === 'POST') {
        const query = String((body as { query?: unknown } | null)?.query ?? '')
        if (state.graphqlDown) send(404, { message: 'Not Found' })
        else if (/\bviewer\s*\{\s*login\s*\}/.test(query))
          send(200, { data: { viewer: { login: account.login } } })
        else send(200, { errors: [{ message: `unsupported query: ${query}` }] })
        return
      }
      if (url.pathname === '/user' && req.method === 'GET') {
        if (state.users[token] === undefined) {
          send(403, {
            message: 'Resource not accessible by integration',
            documentation_url:
              'https://docs.github.com/rest/users/users#get-the-authenticated-user',
            status: '403'
          })
        } else send(200, { login: account.login, id: 1, type: account.type })
        return
      }
      const base = `/repos/${owner}/${repo}/issues`
      const toJson = (c: StoredComment): unknown => ({
        ...c,
        html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`
      })
      const list = new RegExp(`^${base}/(\\d+)/comments$`).exec(url.pathname)
      const one = new RegExp(`^${base}/comments/(\\d+)$`).exec(url.pathname)
      if (list !== null && req.method === 'GET') {
        const issue = Number(list[1])
        const perPage = Number(url.searchParams.get('per_page') ?? '30')
        const page = Number(url.searchParams.get('page') ?? '1')
        const all = state.comments.filter((c) => c.issue === issue)
        const slice = all.slice((page - 1) * perPage, page * perPage)
        const headers: Record<string, string> = {}
        if (page * perPage < all.length) {
          const next = new URL(url.toString())
          next.searchParams.set('page', String(page + 1))
          headers.link = `<http://${req.headers.host}${next.pathname}${next.search}>; rel="next"`
        }
        send(200, slice.map(toJson), headers)
      } else if (list !== null && req.method === 'POST') {
        const c: StoredComment = {
          id: nextId++,
          issue: Number(list[1]),
          body: (body as { body: string }).body,
          user: { ...account }
        }
        state.comments.push(c)
        send(201, toJson(c))
      } else if (one !== null && req.method === 'PATCH') {
        const c = state.comments.find((x) => x.id === Number(one[1]))
        if (c === undefined) {
          send(404, { message: 'Not Found' })
          return
        }
        c.body = (body as { body: string }).body
        send(200, toJson(c))
      } else {
        send(404, { message: 'Not Found' })
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve()))
  })
}
