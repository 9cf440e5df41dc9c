// Where the pipeline's messages go: the runner's log commands, or a terminal for the CLI.
import * as core from '@actions/core'
import { performance } from 'node:perf_hooks'
import type { Diagnostic } from './cargo/messages.js'

export interface Logger {
  info(message: string): void
  warning(message: string): void
  /** A compiler diagnostic, annotated on its source line where the runner supports that. */
  annotate(diagnostic: Diagnostic): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

export const actionsLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  annotate: (d) => {
    const props: core.AnnotationProperties = {
      title: d.message,
      file: d.file,
      startLine: d.startLine,
      endLine: d.endLine,
      startColumn: d.startColumn,
      endColumn: d.endColumn
    }
    if (d.level === 'error') core.error(d.rendered, props)
    else core.warning(d.rendered, props)
  },
  group: (name, fn) => core.group(name, () => timed(name, fn))
}

/**
 * Runs a phase and writes its time to the debug log (shown with step debug logging on): how long
 * it took, and when it ended, counted from the start of the process.
 */
async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now()
  try {
    return await fn()
  } finally {
    const end = performance.now()
    core.debug(`phase '${name}': ${(end - start).toFixed(0)} ms, ended at ${end.toFixed(0)} ms`)
  }
}

/** Plain terminal output for the CLI; `quiet` sends everything to stderr (for --json). */
export function consoleLogger(): Logger {
  const write = (m: string): void => {
    process.stderr.write(`${m}\n`)
  }
  return {
    info: write,
    warning: (m) => write(`warning: ${m}`),
    annotate: () => undefined, // the rendered diagnostic was already printed with cargo's output
    group: async (name, fn) => {
      write(`\n== ${name}`)
      return fn()
    }
  }
}

type Held =
  | { kind: 'info' | 'warning'; message: string }
  | { kind: 'annotate'; diagnostic: Diagnostic }
  | { kind: 'group'; name: string; entries: Held[] }

/**
 * A logger for work that runs beside another's log: it holds its messages (groups included) until
 * `replay` writes them to `to`, and from then on writes to `to` directly. For one caller at a time.
 */
export function bufferedLogger(): { logger: Logger; replay: (to: Logger) => Promise<void> } {
  let target: Logger | null = null
  const root: Held[] = []
  let current = root
  const hold = (entry: Held): void => {
    current.push(entry)
  }
  const logger: Logger = {
    info: (message) => (target ? target.info(message) : hold({ kind: 'info', message })),
    warning: (message) => (target ? target.warning(message) : hold({ kind: 'warning', message })),
    annotate: (diagnostic) =>
      target ? target.annotate(diagnostic) : hold({ kind: 'annotate', diagnostic }),
    group: async (name, fn) => {
      if (target) return target.group(name, fn)
      const outer = current
      const entries: Held[] = []
      outer.push({ kind: 'group', name, entries })
      current = entries
      try {
        return await fn()
      } finally {
        current = outer
      }
    }
  }
  const write = async (to: Logger, entries: Held[]): Promise<void> => {
    for (const e of entries) {
      if (e.kind === 'group') await to.group(e.name, () => write(to, e.entries))
      else if (e.kind === 'annotate') to.annotate(e.diagnostic)
      else if (e.kind === 'info') to.info(e.message)
      else to.warning(e.message)
    }
  }
  const replay = async (to: Logger): Promise<void> => {
    await write(to, root)
    root.length = 0
    target = to
  }
  return { logger, replay }
}
