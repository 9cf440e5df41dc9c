// The `tune` input, parsed and validated once (called from settings.ts). `benchmark` itself is
// parsed with the PGO inputs (src/pgo/inputs.ts); `tune: speed` requires it.
import { parseCommandLines, type CommandLine } from '../pgo/commands.js'
import { InputError, type InputReader } from '../inputs.js'

export type TuneMode = 'none' | 'size' | 'speed'

/** One `benchmark` line: its text (for messages) and its words (program first). */
export type BenchmarkLine = CommandLine

export interface TuneSettings {
  mode: TuneMode
  /** `tune-min-gain`: the smallest speed gain worth shipping, a fraction (0.01: 1%). */
  minGain: number
}

/** `tune-min-gain`: a percentage from 0 (inclusive) to 50 (exclusive), e.g. `0.5%`, `2%`. */
export function parseMinGain(raw: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*%$/.exec(raw.trim() === '' ? '1%' : raw.trim())
  // The pattern admits no sign, so NaN (no match) and 50 or more are what is left to refuse.
  const value = m === null ? NaN : Number(m[1])
  if (!(value < 50)) {
    throw new InputError(
      'tune-min-gain',
      raw,
      "expected a percentage of your profile's time from 0% up to (not including) 50%, such as '0.5%', '1%' or '2%'"
    )
  }
  return value / 100
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
  // PGO is a candidate of `speed` only: trained in this run (`pgo-train`) or from an existing
  // profile (`pgo-profile`). `size` has nothing to time it with.
  const pgoInput = parseCommandLines(read('pgo-train')).length > 0 ? 'pgo-train' : 'pgo-profile'
  if (mode === 'size' && read(pgoInput).trim() !== '') {
    throw new InputError(
      'tune',
      raw,
      `'size' does not combine with '${pgoInput}': PGO is a speed optimization, a candidate of 'tune: speed' timed under 'benchmark'; expected 'speed' (the PGO build becomes a candidate) or 'none' (plain PGO)`
    )
  }
  return { mode, minGain: parseMinGain(read('tune-min-gain')) }
}
