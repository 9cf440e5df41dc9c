// Command-line front end: flags named like the inputs (`--preset size`), `--json` for outputs.
import { parseArgs } from 'node:util'
import { consoleLogger } from './logger.js'
import { runPipeline } from './pipeline.js'
import { renderForTerminal } from './report/terminal.js'
import type { Logger } from './logger.js'
import { finishSccache, parseState, parseStopState, stopFromStopState } from './sccache/post.js'
import { STATE_NAME, STOP_STATE_NAME } from './sccache/state-names.js'
import { INPUT_DEFAULTS, parseSettings } from './settings.js'
import { onStop } from './stop.js'

const USAGE = `Usage: rust-optimize [--preset speed|size|balanced|quick|lambda|none] [--targets T,...]
                     [--manifest-path PATH] [--working-directory DIR] [--json | --markdown]
                     [--<input> VALUE ...]
Every action input is a flag of the same name, e.g. --target-cpu none, --baseline profile.
The report is printed for a terminal (colour on a TTY unless NO_COLOR is set); --markdown prints
the job summary's markdown, --json the action's outputs.`

/**
 * Libraries shared with the action (@actions/*) write runner commands to stdout. On a terminal,
 * stdout carries only the report or the JSON: everything else goes to stderr, and `::debug::`
 * lines are dropped unless RUNNER_DEBUG=1. Returns the writer of the real stdout.
 */
function keepStdoutForResults(): (text: string) => void {
  const stdout = process.stdout.write.bind(process.stdout)
  const debug = process.env.RUNNER_DEBUG === '1'
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    const kept = debug ? text : text.replace(/^::debug::.*(\r?\n|$)/gm, '')
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined
    return kept === '' ? (done?.(), true) : process.stderr.write(kept, done)
  }) as typeof process.stdout.write
  return (text) => {
    stdout(text)
  }
}

/** Colour on a terminal only, and never with NO_COLOR (https://no-color.org). */
function useColor(env: NodeJS.ProcessEnv): boolean {
  return process.stdout.isTTY === true && (env.NO_COLOR ?? '') === '' && env.TERM !== 'dumb'
}

export async function runCli(argv: string[]): Promise<number> {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    json: { type: 'boolean' },
    markdown: { type: 'boolean' },
    help: { type: 'boolean' }
  }
  for (const name of Object.keys(INPUT_DEFAULTS)) options[name] = { type: 'string' }
  let values: Record<string, string | boolean | undefined>
  try {
    values = parseArgs({ args: argv, options, allowPositionals: false }).values
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  const read = (name: string): string => {
    const v = values[name]
    return typeof v === 'string' ? v : ''
  }
  const print = keepStdoutForResults()
  const state = new Map<string, string>()
  const logger = consoleLogger()
  // No post step here: whatever ends the run (success, failure, SIGINT, SIGTERM), the sccache
  // server this run started is stopped (its cache stays on disk).
  const forget = onStop(() => stopServerStarted(state, logger, false))
  try {
    const settings = parseSettings(read, process.cwd())
    const result = await runPipeline(settings, { ...process.env }, logger, {
      saveState: (name, value) => state.set(name, value)
    })
    if (values.json === true) print(`${JSON.stringify(result.outputs, null, 2)}\n`)
    else if (values.markdown === true) print(`\n${result.report}`)
    else print(`\n${renderForTerminal(result.report, { color: useColor(process.env) })}`)
    if (result.failure !== null) {
      process.stderr.write(`error: ${result.failure}\n`)
      return 1
    }
    return 0
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  } finally {
    forget()
    await stopServerStarted(state, logger, true)
  }
}

/**
 * Stops the sccache server the run started: by its full state (with the final stats when `stats`),
 * or by the binary and address saved before it was started. Never throws.
 */
async function stopServerStarted(
  state: Map<string, string>,
  logger: Logger,
  stats: boolean
): Promise<void> {
  const full = parseState(state.get(STATE_NAME) ?? '')
  if (full !== null && stats) await finishSccache(full, { ...process.env }, logger, false)
  else {
    const stop = full ?? parseStopState(state.get(STOP_STATE_NAME) ?? '')
    if (stop !== null) await stopFromStopState(stop, { ...process.env }, logger)
  }
}
