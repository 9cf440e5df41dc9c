// The action's main and post steps: the runner protocol around the pipeline, one error boundary.
import * as core from '@actions/core'
import { actionsLogger } from './logger.js'
import { OUTPUT_NAMES } from './outputs.js'
import { runPipeline } from './pipeline.js'
import { parseSettings } from './settings.js'

export async function runMain(): Promise<void> {
  try {
    const token = core.getInput('github-token')
    if (token !== '') core.setSecret(token)
    const settings = parseSettings(
      (name) => core.getInput(name),
      process.env.GITHUB_WORKSPACE ?? process.cwd()
    )
    const result = await runPipeline(settings, { ...process.env }, actionsLogger)
    for (const name of OUTPUT_NAMES) core.setOutput(name, result.outputs[name])
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.report).write()
    if (result.failure !== null) core.setFailed(result.failure)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

export async function runPost(): Promise<void> {
  try {
    // Nothing to hand over yet: later phases (cache save, sccache stats) hook in here.
  } catch (error) {
    core.warning(`Post step: ${error instanceof Error ? error.message : String(error)}`)
  }
}
