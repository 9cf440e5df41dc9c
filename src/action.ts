// The action's main and post steps: the runner protocol around the pipeline, one error boundary.
import * as core from '@actions/core'
import { actionsLogger } from './logger.js'
import { OUTPUT_NAMES } from './outputs.js'
import { runPipeline } from './pipeline.js'
import { finishSccache, parseState, summarySection } from './sccache-post.js'
import { STATE_NAME } from './sccache-setup.js'
import { parseSettings } from './settings.js'

export async function runMain(): Promise<void> {
  try {
    const token = core.getInput('github-token')
    if (token !== '') core.setSecret(token)
    const settings = parseSettings(
      (name) => core.getInput(name),
      process.env.GITHUB_WORKSPACE ?? process.cwd()
    )
    const result = await runPipeline(settings, { ...process.env }, actionsLogger, {
      saveState: (name, value) => core.saveState(name, value)
    })
    for (const name of OUTPUT_NAMES) core.setOutput(name, result.outputs[name])
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.report).write()
    if (result.failure !== null) core.setFailed(result.failure)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

export async function runPost(): Promise<void> {
  try {
    const sccache = parseState(core.getState(STATE_NAME))
    if (sccache !== null) {
      const result = await finishSccache(sccache, { ...process.env }, actionsLogger, true)
      if (process.env.GITHUB_STEP_SUMMARY)
        await core.summary.addRaw(summarySection(sccache, result)).write()
    }
  } catch (error) {
    core.warning(`Post step: ${error instanceof Error ? error.message : String(error)}`)
  }
}
