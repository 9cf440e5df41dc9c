// The warm entry's phases: restore registry units into the target directory before the build,
// stage what this build used after it (all else pruned), and save in the post step. Never throws:
// every problem is a warning and the build goes on as if nothing had been restored.
import type { Env } from '../env.js'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CargoJson } from '../cargo/messages.js'
import type { Logger } from '../logger.js'
import { cacheServiceAvailable, restoreDir, saveDir } from '../sccache/cache.js'
import { cacheKeys, type KeyParts } from '../sccache/key.js'
import { describeEntry, planEntry, warmKeys, warmSaveDecision } from './plan.js'
import { ENTRY_NAME, listProfileDir, placeEntry, readManifest, stageEntry } from './store.js'
import { UnitLog } from './units.js'
import { WARM_STATE } from './inputs.js'

export { WARM_STATE } from './inputs.js'

export interface WarmState {
  /** The directory holding the staged entry (RUNNER_TEMP). */
  base: string
  key: string
  matchedKey: string | null
  saveCache: boolean
  /** Registry units cargo compiled in this build; null when nothing was staged. */
  compiled: number | null
  /** Units in the staged entry. */
  units: number
}

export interface WarmOptions {
  saveCache: boolean
  env: Env
  targetDir: string
  /** The sccache key parts without the Cargo.lock text (read here). */
  keyParts: Omit<KeyParts, 'lockfile'>
  workspaceRoot: string
  logger: Logger
  saveState: (name: string, value: string) => void
}

export interface WarmRun {
  /** Every JSON message of the optimized build's cargo. */
  observe(msg: CargoJson): void
  /** After the build: keep what it used, for the post step to save. */
  stage(): void
}

function cargoHome(env: Env): string {
  return path.resolve(env.CARGO_HOME ?? path.join(env.HOME ?? os.homedir(), '.cargo'))
}

export async function setupWarm(o: WarmOptions): Promise<WarmRun | null> {
  const base = o.env.RUNNER_TEMP
  if (base === undefined || base === '' || !cacheServiceAvailable()) {
    o.logger.info('warm cache: no Actions cache service here, registry build outputs are not kept')
    return null
  }
  const lockPath = path.join(o.workspaceRoot, 'Cargo.lock')
  const keys = warmKeys(
    cacheKeys({
      ...o.keyParts,
      lockfile: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null
    }),
    cargoHome(o.env)
  )
  const staging = path.join(base, ENTRY_NAME)
  const restore = await o.logger.group('Warm cache restore', async () => {
    o.logger.info(`warm cache key: ${keys.key}`)
    const r = await restoreDir(staging, keys.key, keys.restoreKeys)
    if (r.problem !== null) {
      o.logger.warning(`warm cache not restored: ${r.problem}`)
      return { matchedKey: null, placed: null }
    }
    if (r.matchedKey === null) {
      o.logger.info('warm cache: no entry matched, registry dependencies build from scratch')
      return { matchedKey: null, placed: null }
    }
    try {
      const placed = placeEntry(staging, o.targetDir)
      if (placed === null) o.logger.warning(`warm cache: ${r.matchedKey} holds no valid manifest`)
      else
        o.logger.info(
          `warm cache: restored ${r.matchedKey}${r.matchedKey === keys.key ? ' (exact hit)' : ' (prefix match)'}: ${placed.placed} units put in ${o.targetDir}, ${placed.present} already there; cargo's fingerprints decide which are fresh`
        )
      return { matchedKey: r.matchedKey, placed }
    } catch (error) {
      o.logger.warning(`warm cache: restored units not put in place: ${(error as Error).message}`)
      return { matchedKey: r.matchedKey, placed: null }
    } finally {
      rmSync(staging, { recursive: true, force: true })
    }
  })
  const restored = restore.placed
  const state: WarmState = {
    base,
    key: keys.key,
    matchedKey: restore.matchedKey,
    saveCache: o.saveCache,
    compiled: null,
    units: 0
  }
  const log = new UnitLog()
  return {
    observe: (msg) => log.observe(msg),
    stage: () => {
      try {
        const units = log.all()
        const manifest = planEntry(o.targetDir, units, listProfileDir)
        const compiled = units.filter((u) => !u.fresh).length
        // An exact hit is never saved again (entries are immutable): no copy to make for it.
        if (restore.matchedKey === keys.key) {
          o.logger.info(
            `warm cache entry: ${describeEntry(manifest, null)}; ${compiled} compiled in this build; not staged, since this key's entry is never saved again`
          )
        } else {
          const bytes = stageEntry(staging, o.targetDir, manifest)
          const used = new Set(manifest.units.map((u) => `${u.profile}/${u.hash}`))
          const pruned =
            restored?.manifest.units.filter((u) => !used.has(`${u.profile}/${u.hash}`)).length ?? 0
          o.logger.info(
            `warm cache entry: ${describeEntry(manifest, bytes)}; ${compiled} compiled in this build; ${pruned} restored units this build did not use left out`
          )
        }
        o.saveState(
          WARM_STATE,
          JSON.stringify({ ...state, compiled, units: manifest.units.length })
        )
      } catch (error) {
        o.logger.warning(`warm cache not staged: ${(error as Error).message}`)
      }
    }
  }
}

export function parseWarmState(text: string): WarmState | null {
  if (text.trim() === '') return null
  try {
    const s = JSON.parse(text) as WarmState
    return typeof s.base === 'string' && typeof s.key === 'string' ? s : null
  } catch {
    return null
  }
}

/**
 * The post step: save the staged entry unless the key already holds it. Returns the hashes of the
 * units it saved (empty when it saved nothing), so the sccache entry beside it can leave them out.
 * Never throws.
 */
export async function saveWarm(state: WarmState, logger: Logger): Promise<Set<string>> {
  if (state.compiled === null) return new Set()
  const decision = warmSaveDecision({
    saveCache: state.saveCache,
    serviceAvailable: cacheServiceAvailable(),
    key: state.key,
    matchedKey: state.matchedKey,
    units: state.units,
    compiled: state.compiled
  })
  if (!decision.save) {
    logger.info(`warm cache not saved: ${decision.reason}`)
    return new Set()
  }
  logger.info(`Saving the warm cache as ${state.key} (${decision.reason})`)
  const staged = path.join(state.base, ENTRY_NAME)
  const problem = await saveDir(staged, state.key)
  if (problem !== null) {
    logger.warning(`warm cache not saved: ${problem}`)
    return new Set()
  }
  logger.info(`warm cache saved as ${state.key}`)
  return new Set(readManifest(staged)?.units.map((u) => u.hash) ?? [])
}
