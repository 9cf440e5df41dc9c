// The `tune` and `benchmark` inputs, parsed and validated once (called from settings.ts).
import { split as shellSplit } from 'shlex'
import { InputError, type InputReader } from '../settings.js'

export type TuneMode = 'none' | 'size' | 'speed'

/** One `benchmark` line: its text (for messages) and its words (program first). */
export interface BenchmarkLine {
  text: string
  argv: string[]
}

export interface TuneSettings {
  mode: TuneMode
  benchmark: BenchmarkLine[]
}

const MODES: readonly TuneMode[] = ['none', 'size', 'speed']

/** Splits command lines, one per line, as a POSIX shell splits words (never run through one). */
export function parseCommandLines(input: string, raw: string): BenchmarkLine[] {
  const lines: BenchmarkLine[] = []
  for (const text of raw.split(/\r?\n/).map((l) => l.trim())) {
    if (text === '' || text.startsWith('#')) continue
    let argv: string[]
    try {
      argv = shellSplit(text)
    } catch (error) {
      throw new InputError(
        input,
        raw,
        `expected command lines, one per line, each split as a POSIX shell splits words; line '${text}': ${(error as Error).message}`
      )
    }
    if (argv.length > 0) lines.push({ text, argv })
  }
  return lines
}

export function parseTuneInputs(read: InputReader): TuneSettings {
  const raw = read('tune')
  const value = raw.trim() === '' ? 'none' : raw.trim()
  if (!(MODES as readonly string[]).includes(value)) {
    throw new InputError('tune', raw, "expected 'none', 'size' or 'speed'")
  }
  const mode = value as TuneMode
  const benchmarkRaw = read('benchmark')
  const benchmark = parseCommandLines('benchmark', benchmarkRaw)
  if (mode === 'speed' && benchmark.length === 0) {
    throw new InputError(
      'benchmark',
      benchmarkRaw,
      "'tune: speed' needs command lines to time, one per line (e.g. 'my-app --input bench/data.txt'); each runs with the candidate's artifacts first on PATH"
    )
  }
  return { mode, benchmark }
}
