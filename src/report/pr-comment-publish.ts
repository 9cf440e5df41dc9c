// The sticky pull request comment's effects: the event payload read from disk, and the REST calls
// through @actions/github (loaded lazily). What to do is decided in pr-comment.ts.
import { readFileSync } from 'node:fs'
import type { Env } from '../env.js'
import {
  commentBody,
  commentMarker,
  decideComment,
  describeCommentError,
  findMarked,
  type CommentDecision,
  type CommentTarget,
  RUNNER_BOT,
  type Identity
} from './pr-comment.js'

/** Reads the event payload; null when there is none or it is not JSON. */
export function readEventPayload(env: Env): unknown {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown
  } catch {
    return null
  }
}

export interface UpsertResult {
  action: 'created' | 'updated'
  id: number
  url: string
  /** Whose comment it is. */
  login: string
}

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>

const status = (error: unknown): unknown => (error as { status?: unknown }).status

/**
 * The account behind the token. `GET /user` names a personal access token's user and answers 403
 * to an installation token; GraphQL's `viewer` names an installation token's bot (`<app>[bot]`,
 * `github-actions[bot]` for the runner's). Where neither answers, the runner's bot.
 */
export async function whoAmI(octokit: Octokit): Promise<Identity> {
  try {
    return { login: (await octokit.rest.users.getAuthenticated()).data.login }
  } catch (error) {
    if (status(error) !== 403) throw error
  }
  try {
    const res = await octokit.graphql<{ viewer?: { login?: unknown } }>(
      'query { viewer { login } }'
    )
    const login = res.viewer?.login
    if (typeof login === 'string' && login !== '') return { login }
  } catch {
    // An API without GraphQL (or one that refuses it): the runner's token is the common case.
  }
  return { login: RUNNER_BOT }
}

/** Creates the comment, or updates our own one carrying the marker. */
export async function upsertComment(
  target: CommentTarget,
  token: string,
  marker: string,
  body: string
): Promise<UpsertResult> {
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, { baseUrl: target.apiUrl })
  const where = { owner: target.owner, repo: target.repo }
  const identity = await whoAmI(octokit)
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...where,
    issue_number: target.number,
    per_page: 100
  })
  const existing = findMarked(comments, marker, identity)
  if (existing !== null) {
    const res = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body })
    return { action: 'updated', id: res.data.id, url: res.data.html_url, login: identity.login }
  }
  const res = await octokit.rest.issues.createComment({
    ...where,
    issue_number: target.number,
    body
  })
  return { action: 'created', id: res.data.id, url: res.data.html_url, login: identity.login }
}

export interface CommentOutcome {
  /** Lines for the log. */
  info: string[]
  warning: string | null
  failure: string | null
}

/** Whether and where to comment for this run. */
export function commentDecision(mode: 'auto' | 'true' | 'false', env: Env): CommentDecision {
  if (mode === 'false') return { post: false, reason: 'comment is false' }
  return decideComment(mode, env, readEventPayload(env))
}

/** Posts or updates the comment; never throws. `comment: true` turns problems into a failure. */
export async function publishComment(opts: {
  mode: 'auto' | 'true' | 'false'
  key: string
  token: string
  report: string
  target: CommentTarget
}): Promise<CommentOutcome> {
  const { target } = opts
  const problem = (text: string): CommentOutcome =>
    opts.mode === 'true'
      ? { info: [], warning: null, failure: text }
      : { info: [], warning: text, failure: null }
  if (opts.token === '') {
    return problem(
      `Could not comment on pull request #${target.number}: the github-token input is empty.`
    )
  }
  const marker = commentMarker(opts.key)
  try {
    const result = await upsertComment(target, opts.token, marker, commentBody(opts.report, marker))
    return {
      info: [
        `${result.action === 'created' ? 'Created' : 'Updated'} comment ${result.id} on pull request #${target.number} as ${result.login} (key "${opts.key}"): ${result.url}`
      ],
      warning: null,
      failure: null
    }
  } catch (error) {
    return problem(describeCommentError(error, target, opts.token))
  }
}
