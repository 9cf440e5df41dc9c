// The `tune` input, parsed and validated once (called from settings.ts). `benchmark` itself is
// parsed with the PGO inputs (src/pgo/inputs.ts); `tune: speed` requires it.
import { parseCommandLines, type CommandLine } from '../pgo/commands.js'
import { InputError, type InputReader } from '../settings.js'

export type TuneMode = 'none' | 'size' | 'speed'

/** One `benchmark` line: its text (for messages) and its words (program first). */
export type BenchmarkLine = CommandLine

export interface TuneSettings {
  mode: TuneMode
}

const MODES: readonly TuneMode[] = ['none', 'size', 'speed']

/** Call after the `benchmark` input was validated (it is parsed again here, which cannot fail). */
export function parseTuneInputs(read: InputReader): TuneSettings {
  const raw = read('tune')
  const value = raw.trim() === '' ? 'none' : raw.trim()
  if (!(MODES as readonly string[]).includes(value)) {
    throw new InputError('tune', raw, "expected 'none', 'size' or 'speed'")
  }
  const mode = value as TuneMode
  const benchmarkRaw = read('benchmark')
  if (mode === 'speed' && parseCommandLines(benchmarkRaw).length === 0) {
    throw new InputError(
      'benchmark',
      benchmarkRaw,
      "'tune: speed' needs command lines to time, one per line (e.g. 'my-app --input bench/data.txt'); each runs with the candidate's artifacts first on PATH"
    )
  }
  // PGO composes with tune as a candidate of `speed` built from an existing profile: training
  // and tuning in one run are not combined.
  const train = read('pgo-train')
  if (mode !== 'none' && parseCommandLines(train).length > 0) {
    throw new InputError(
      'pgo-train',
      train,
      "with 'tune', PGO is a candidate of 'tune: speed' built from an existing profile: train in a run without 'tune' and pass its 'pgo-profile' output"
    )
  }
  if (mode === 'size' && read('pgo-profile').trim() !== '') {
    throw new InputError(
      'tune',
      raw,
      "'size' does not combine with 'pgo-profile'; expected 'speed' (the PGO build becomes a candidate) or 'none'"
    )
  }
  return { mode }
}
