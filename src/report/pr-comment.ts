// The sticky pull request comment: one comment per comment-key, found by a hidden marker and
// updated in place. The decisions, pure; pr-comment-publish.ts reads the event and makes the calls.

import type { Env } from '../env.js'

export interface CommentTarget {
  apiUrl: string
  owner: string
  repo: string
  number: number
  /** True when the pull request comes from another repository (its token is read-only). */
  fromFork: boolean
}

export type CommentDecision =
  { post: false; reason: string } | { post: true; target: CommentTarget }

const PR_EVENTS = ['pull_request', 'pull_request_target']

interface PullRequestPayload {
  pull_request?: {
    number?: number
    head?: { repo?: { full_name?: string } | null }
    base?: { repo?: { full_name?: string } }
  }
  repository?: { full_name?: string }
}

/** Whether and where to comment, from the event. Pure. */
export function decideComment(
  mode: 'auto' | 'true' | 'false',
  env: Env,
  payload: unknown
): CommentDecision {
  if (mode === 'false') return { post: false, reason: 'comment is false' }
  const event = env.GITHUB_EVENT_NAME ?? ''
  if (!PR_EVENTS.includes(event)) {
    return {
      post: false,
      reason:
        event === '' ? 'not running in a workflow' : `the ${event} event is not a pull request`
    }
  }
  const p = (payload ?? {}) as PullRequestPayload
  const number = p.pull_request?.number
  const fullName = env.GITHUB_REPOSITORY || p.repository?.full_name || ''
  const [owner, repo] = fullName.split('/')
  if (typeof number !== 'number' || !owner || !repo) {
    return {
      post: false,
      reason: 'the event payload names no pull request number or repository'
    }
  }
  const head = p.pull_request?.head?.repo?.full_name
  const base = p.pull_request?.base?.repo?.full_name ?? fullName
  return {
    post: true,
    target: {
      apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      owner,
      repo,
      number,
      fromFork: head !== undefined && head !== base
    }
  }
}

/** The hidden marker that identifies this job's comment. */
export function commentMarker(key: string): string {
  const safe = key
    .replace(/--+/g, '-')
    .replace(/[<>"\s]+/g, ' ')
    .trim()
  return `<!-- rust-optimize-report key="${safe}" -->`
}

export function commentBody(report: string, marker: string): string {
  return `${report.trimEnd()}\n\n${marker}\n`
}

export interface ExistingComment {
  id: number
  body?: string | null
  user?: { login: string; type?: string } | null
}

/** Who writes with the runner's own token (GITHUB_TOKEN), when nothing else names it. */
export const RUNNER_BOT = 'github-actions[bot]'

/**
 * Whose comments are ours: the login of the account behind the token in use. A personal access
 * token's user, the runner token's `github-actions[bot]`, another GitHub App's `<app>[bot]`.
 */
export interface Identity {
  login: string
}

/**
 * The comment to update: the newest one carrying the marker that this identity wrote. Anyone
 * else's comment that carries the marker (quoted by another bot, pasted or planted by a person)
 * is never ours. Logins compare as GitHub does, without regard to case. Pure.
 */
export function findMarked(
  comments: ExistingComment[],
  marker: string,
  identity: Identity
): ExistingComment | null {
  const me = identity.login.toLowerCase()
  const mine = (c: ExistingComment): boolean => (c.user?.login ?? '').toLowerCase() === me
  const marked = comments.filter((c) => (c.body ?? '').includes(marker) && mine(c))
  return marked.length > 0 ? marked[marked.length - 1] : null
}

/** What went wrong, in words, without anything secret. Pure. */
export function describeCommentError(error: unknown, target: CommentTarget, token: string): string {
  const status = (error as { status?: unknown }).status
  const raw = error instanceof Error ? error.message : String(error)
  const message = (token === '' ? raw : raw.split(token).join('***')).split('\n')[0]
  const head = `Could not comment on pull request #${target.number}${typeof status === 'number' ? ` (HTTP ${status})` : ''}: ${message}`
  if (status === 403 || status === 404 || status === 401) {
    const why = target.fromFork
      ? 'The pull request comes from a fork, and its token is read-only.'
      : 'The token lacks permission: give the job `permissions: pull-requests: write`.'
    return `${head}. ${why} To comment on fork pull requests, post the \`report\` output from a \`workflow_run\` workflow (see the README), or set \`comment: false\`.`
  }
  return head
}
