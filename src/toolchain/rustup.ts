// Thin rustup wrapper: runs rustup commands that download, retrying network failures with backoff.
import { run, type RunResult } from '../exec.js'

import { findOnPath, type Env } from '../env.js'

export interface RetryOptions {
  /** Attempts in all (first try included). Default 4. */
  attempts?: number
  /** Delay before the first retry in ms; doubles each retry. Default 2000 (2 s, 4 s, 8 s). */
  delayMs?: number
  /** How to wait (tests pass an instant one). */
  sleep?: (ms: number) => Promise<void>
}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** True when rustup's error text is a download/network failure worth retrying. Pure. */
export function isNetworkFailure(stderr: string): boolean {
  if (/does not support target|is not available|unknown (target|component)/i.test(stderr))
    return false
  return /could not download|error downloading|error sending request|dns error|timed out|connection (reset|refused|closed)|client error \(Connect\)|failed to lookup address|network|temporary failure/i.test(
    stderr
  )
}

/** rustup's error output without its backtrace, for messages. Pure. */
export function rustupError(stderr: string): string {
  const cut = stderr.indexOf('Stack backtrace:')
  const text = (cut >= 0 ? stderr.slice(0, cut) : stderr).trim()
  return text
    .split('\n')
    .filter((l) => !/^info: (downloading|rolling back|syncing)/.test(l))
    .join('\n')
}

/** Runs `rustup args...`, retrying network failures. Resolves with the last result. */
export async function rustupRetry(
  args: string[],
  options: { cwd: string; env: Env; log: (message: string) => void } & RetryOptions
): Promise<RunResult> {
  const attempts = Math.max(1, options.attempts ?? 4)
  const sleep = options.sleep ?? realSleep
  let delay = options.delayMs ?? 2000
  for (let attempt = 1; ; attempt++) {
    const result = await run('rustup', args, {
      cwd: options.cwd,
      env: { ...options.env, RUST_BACKTRACE: '0' }
    })
    if (result.code === 0) return result
    if (attempt >= attempts || !isNetworkFailure(result.stderr)) return result
    const first = rustupError(result.stderr).split('\n')[0]
    const reason = first.length > 160 ? `…${first.slice(-160)}` : first
    options.log(
      `rustup ${args.join(' ')} failed (attempt ${attempt} of ${attempts}: ${reason}); retrying in ${delay / 1000} s`
    )
    await sleep(delay)
    delay *= 2
  }
}

/**
 * True when `rustup` is on the search path. A lookup, not `rustup --version`: that one starts the
 * active rustc to print its version, which costs a tenth of a second on every run.
 */
export function hasRustup(env: Env): boolean {
  return findOnPath('rustup', env) !== null
}
