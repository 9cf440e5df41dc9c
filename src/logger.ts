// Where the pipeline's messages go: the runner's log commands, or a terminal for the CLI.
import * as core from '@actions/core'
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
  group: (name, fn) => core.group(name, fn)
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
