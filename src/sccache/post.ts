// The post step's sccache work: final stats, stop the server, save the local cache entry, and a job
// summary section. Also used by the CLI (without saving) to stop the server it started.
import type { Logger } from '../logger.js'
import { saveDecision } from './key.js'
import { describePrune } from './prune-plan.js'
import { readStats, stopServer } from './server.js'
import type { SccacheState } from './setup.js'
import { describeStats, type SccacheStats } from './stats.js'

import type { Env } from '../env.js'

export function parseState(text: string): SccacheState | null {
  if (text.trim() === '') return null
  try {
    const state = JSON.parse(text) as SccacheState
    return typeof state.bin === 'string' && typeof state.env === 'object' ? state : null
  } catch {
    return null
  }
}

/** What the `sccache-stop` state holds: the binary and the server's address. */
export interface StopState {
  bin: string
  env: Record<string, string | null>
}

export function parseStopState(text: string): StopState | null {
  try {
    const stop = JSON.parse(text) as StopState
    return typeof stop.bin === 'string' && typeof stop.env === 'object' && stop.env !== null
      ? stop
      : null
  } catch {
    return null
  }
}

/** The environment of the post step's sccache calls: no runner tokens, the server's variables. */
function stateEnv(state: Pick<SccacheState, 'env'>, env: Env): Env {
  const out: Env = {}
  for (const [name, value] of Object.entries(env)) if (!/^ACTIONS_/i.test(name)) out[name] = value
  for (const [name, value] of Object.entries(state.env)) out[name] = value ?? undefined
  return out
}

/**
 * When the full state cannot be read: stops the server the `sccache-stop` state points at. Never
 * throws.
 */
export async function stopFromStopState(stop: StopState, env: Env, logger: Logger): Promise<void> {
  const problem = await stopServer(stop.bin, stateEnv(stop, env))
  logger.info(problem === null ? 'sccache server stopped' : `sccache server stop: ${problem}`)
}

export interface PostResult {
  stats: SccacheStats | null
  saved: { key: string } | null
  /** Why nothing was saved (null when saved or not applicable). */
  notSaved: string | null
}

/**
 * Reads stats, stops the server and (with `save`) saves the local cache entry, pruned first when
 * the directory is the action's own: what this run did not use, and what `warmUnits` (the units
 * of the warm entry saved beside it) holds. Never throws.
 */
export async function finishSccache(
  state: SccacheState,
  env: Env,
  logger: Logger,
  save: boolean,
  warmUnits: ReadonlySet<string> = new Set()
): Promise<PostResult> {
  const fullEnv = stateEnv(state, env)
  const stats = await readStats(state.bin, fullEnv)
  const stopProblem = await stopServer(state.bin, fullEnv)
  if (stopProblem !== null) logger.info(`sccache server stop: ${stopProblem}`)
  else logger.info('sccache server stopped')
  if (!save || state.local === null) return { stats, saved: null, notSaved: null }

  // Loaded only when used: @actions/cache is the heaviest part of the bundle.
  const { cacheServiceAvailable, saveDir } = await import('./cache.js')
  const decision = saveDecision({
    saveCache: state.saveCache,
    matchedKey: state.local.matchedKey,
    key: state.local.key,
    cacheWrites: stats === null ? null : stats.cacheWrites,
    serviceAvailable: cacheServiceAvailable()
  })
  if (!decision.save) {
    logger.info(`sccache cache not saved: ${decision.reason}`)
    return { stats, saved: null, notSaved: decision.reason }
  }
  if (state.local.owned) {
    const { pruneLocalDir } = await import('./prune.js')
    try {
      logger.info(describePrune(await pruneLocalDir(state.local.dir, state.local.since, warmUnits)))
    } catch (error) {
      logger.info(`sccache cache not pruned: ${(error as Error).message}`)
    }
  }
  logger.info(`Saving the sccache cache as ${state.local.key} (${decision.reason})`)
  const problem = await saveDir(state.local.dir, state.local.key)
  if (problem !== null) {
    logger.warning(`sccache cache not saved: ${problem}`)
    return { stats, saved: null, notSaved: problem }
  }
  logger.info(`sccache cache saved as ${state.local.key}`)
  return { stats, saved: { key: state.local.key }, notSaved: null }
}

/** The job summary section of the post step. Pure. */
export function summarySection(state: SccacheState, result: PostResult): string {
  const lines = ['### sccache', '']
  lines.push(
    result.stats === null
      ? `Backend \`${state.backend}\`: no stats (the server did not answer).`
      : `Backend \`${state.backend}\`: ${describeStats(result.stats)}.`
  )
  if (state.local !== null) {
    const { matchedKey, key } = state.local
    lines.push(
      '',
      matchedKey === null
        ? '- Restored: nothing (no entry matched)'
        : `- Restored: \`${matchedKey}\`${matchedKey === key ? ' (exact key)' : ' (prefix match)'}`,
      result.saved !== null
        ? `- Saved: \`${result.saved.key}\``
        : `- Not saved: ${result.notSaved ?? 'not attempted'}`
    )
  }
  return `${lines.join('\n')}\n`
}
