// The action's main and post steps: the runner protocol around the pipeline, one error boundary.
import * as core from '@actions/core'
import { performance } from 'node:perf_hooks'
import { actionsLogger } from './logger.js'
import { withoutInputs } from './toolchain/early.js'
import { OUTPUT_NAMES } from './report/outputs.js'
import { runPipeline } from './pipeline.js'
import {
  finishSccache,
  parseState,
  parseStopState,
  stopFromStopState,
  summarySection
} from './sccache/post.js'
import { STATE_NAME, STOP_STATE_NAME } from './sccache/setup.js'
import { parseSettings } from './settings.js'
import { WARM_STATE } from './warm/inputs.js'

/** The job summary is auxiliary: a summary file that cannot be written is a warning. */
async function writeSummary(text: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(text).write()
  } catch (error) {
    core.warning(
      `Job summary not written: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

export async function runMain(): Promise<void> {
  try {
    const token = core.getInput('github-token')
    if (token !== '') core.setSecret(token)
    const settings = parseSettings(
      (name) => core.getInput(name),
      process.env.GITHUB_WORKSPACE ?? process.cwd()
    )
    const result = await runPipeline(settings, withoutInputs(process.env), actionsLogger, {
      saveState: (name, value) => core.saveState(name, value)
    })
    for (const name of OUTPUT_NAMES) core.setOutput(name, result.outputs[name])
    await writeSummary(result.report)
    if (result.failure !== null) core.setFailed(result.failure)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
  core.debug(`main step: done at ${performance.now().toFixed(0)} ms`)
}

export async function runPost(): Promise<void> {
  // The warm entry first: the sccache entry saved after it leaves out what it holds.
  const warmUnits = await postWarm()
  await postSccache(warmUnits)
}

async function postWarm(): Promise<Set<string>> {
  try {
    const text = core.getState(WARM_STATE)
    if (text.trim() === '') return new Set()
    // Loaded only when used: it brings @actions/cache.
    const { parseWarmState, saveWarm } = await import('./warm/warm.js')
    const warm = parseWarmState(text)
    return warm === null ? new Set() : await saveWarm(warm, actionsLogger)
  } catch (error) {
    core.warning(`Post step: ${error instanceof Error ? error.message : String(error)}`)
    return new Set()
  }
}

async function postSccache(warmUnits: ReadonlySet<string>): Promise<void> {
  try {
    const text = core.getState(STATE_NAME)
    const sccache = parseState(text)
    if (sccache !== null) {
      const result = await finishSccache(
        sccache,
        withoutInputs(process.env),
        actionsLogger,
        true,
        warmUnits
      )
      await writeSummary(summarySection(sccache, result))
      return
    }
    if (text.trim() !== '')
      core.warning('Post step: the sccache state of the main step cannot be read; nothing is saved')
    // The server may run without a readable state (or the main step ended before writing it).
    const stop = parseStopState(core.getState(STOP_STATE_NAME))
    if (stop !== null) await stopFromStopState(stop, withoutInputs(process.env), actionsLogger)
  } catch (error) {
    core.warning(`Post step: ${error instanceof Error ? error.message : String(error)}`)
  }
}
