// The evidence of `tune`: the `tune` output, the report's table, and the inputs that pin the
// winner so later runs can skip tuning. Pure.
import type { KeptFiles } from './ship.js'
import type { PresetName, ProfileValues } from '../cargo/presets.js'
import { formatBytes } from '../report/sizes.js'
import { changedKeys, type Candidate } from './candidates.js'
import type { BenchmarkLine } from './inputs.js'
import { decideSpeed, type SpeedDecision, type Timings } from './stats.js'

export interface Measured {
  candidate: Candidate
  size: number
  buildSeconds: number
  /** Median seconds per round over the benchmark (speed only). */
  time: number | null
}

export interface TuneOutcome {
  mode: 'size' | 'speed'
  measured: Measured[]
  winner: Candidate
  /** Speed only: the statistics of the decision. */
  decision: SpeedDecision | null
  /** 'cpu': CPU time of the benchmark processes; 'wall': elapsed time (no /proc). */
  clock: 'cpu' | 'wall'
  notes: string[]
  /** Copies of the winner's artifacts, for the shipped build (see ship.ts); the shipper drops them. */
  kept?: KeptFiles
}

/**
 * With several benchmark lines, the winner against the control line by line: a candidate that
 * is faster overall can be slower on one workload (e.g. a path PGO training never took), and
 * such a line is called out, not averaged away.
 */
export function lineNotes(
  lines: BenchmarkLine[],
  perLine: Timings[],
  control: string,
  winner: string
): string[] {
  if (lines.length < 2 || winner === control) return []
  return lines.map((line, i) => {
    const e = decideSpeed(
      { [control]: perLine[i][control], [winner]: perLine[i][winner] },
      control
    ).estimates.find((x) => x.name === winner) as SpeedDecision['estimates'][number]
    const range = e.low === null ? '' : ` (${e.low.toFixed(3)}–${(e.high as number).toFixed(3)})`
    const slower = e.low !== null && e.low > 1
    return `${slower ? '⚠️ slower on ' : ''}\`${line.text}\`: ${e.ratio.toFixed(3)}×${range} the time of ${control}`
  })
}

/** The `tune` output: every candidate with its keys, rustflags, size, time, and the chosen one. */
export function tuneOutput(t: TuneOutcome): string {
  return JSON.stringify(
    t.measured.map((m) => ({
      name: m.candidate.name,
      profile: changedKeys(m.candidate),
      rustflags: Object.fromEntries(m.candidate.flags.map((f) => [f.triple, f.added])),
      size: m.size,
      ...(t.mode === 'speed' ? { time: m.time, ...speedEvidence(t, m) } : {}),
      chosen: m.candidate === t.winner
    }))
  )
}

/** The decision's evidence for one candidate (absent for the control). */
function speedEvidence(t: TuneOutcome, m: Measured): Record<string, number | null> {
  const e = t.decision?.estimates.find((x) => x.name === m.candidate.name)
  if (e === undefined || m.candidate.spec.control) return {}
  const { gain, gainLow, gainHigh, detectable, p } = e
  return { gain, gainLow, gainHigh, detectable, p }
}

function tomlValue(v: string | number | boolean): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v)
}

/** Workflow inputs that build the winner without tuning. */
export function pinInputs(
  winner: Candidate,
  preset: PresetName,
  overrides: ProfileValues
): string[] {
  if (winner.spec.control) return ['preset: none', 'target-cpu: none', 'tune: none']
  const keys: ProfileValues = {}
  for (const [key, value] of Object.entries(winner.spec.keys) as [keyof ProfileValues, string][]) {
    const e = winner.plan.effective[key]
    if (e?.source === 'preset' && e.value === value) keys[key] = value
  }
  const all = { ...keys, ...overrides }
  const lines = [`preset: ${preset}`]
  if (Object.keys(all).length > 0) {
    lines.push('overrides: |')
    for (const [k, v] of Object.entries(all)) lines.push(`  ${k} = ${tomlValue(v)}`)
  }
  // A profile this run trained lives in the runner's temp directory: pin the training instead.
  const train = winner.spec.pgoTrain
  if (train !== undefined) lines.push('pgo-train: |', ...train.map((l) => `  ${l}`))
  else if (winner.spec.pgoProfile !== undefined)
    lines.push(`pgo-profile: ${winner.spec.pgoProfile}`)
  // The CPU the winner was built with, per target: pinned explicitly whatever chose it.
  const cpus = winner.flags.map((f) => [f.triple, f.cpu ?? 'none'] as const)
  const distinct = [...new Set(cpus.map(([, c]) => c))]
  if (distinct.length === 1) lines.push(`target-cpu: ${distinct[0]}`)
  else if (distinct.length > 1) {
    lines.push('target-cpu: |')
    for (const [t, c] of cpus) lines.push(`  ${t}=${c}`)
  }
  lines.push('tune: none')
  return lines
}

const pct = (x: number, base: number): string =>
  base === 0 ? 'n/a' : `${x - base > 0 ? '+' : ''}${(((x - base) / base) * 100).toFixed(1)}%`

function keysText(c: Candidate): string {
  const keys = Object.entries(changedKeys(c)).map(([k, v]) => `${k}=${tomlValue(v)}`)
  return keys.length === 0 ? '(none)' : `\`${keys.join(' ')}\``
}

function flagsText(c: Candidate): string {
  const flags = [...new Set(c.flags.map((f) => f.added.join(' ')))].filter((f) => f !== '')
  return flags.length === 0 ? '(none)' : flags.map((f) => `\`${f}\``).join(', ')
}

const percent = (x: number | null): string => (x === null ? '?' : `${(x * 100).toFixed(1)}%`)

function verdict(t: TuneOutcome, reference: Measured): string {
  const w = t.measured.find((m) => m.candidate === t.winner) as Measured
  if (t.mode === 'size') {
    if (w === reference)
      return `Shipped **${w.candidate.name}**: no candidate was smaller than the preset.`
    return `Shipped **${w.candidate.name}**: ${formatBytes(reference.size - w.size)} (${pct(w.size, reference.size)}) smaller than the preset.`
  }
  const d = t.decision as SpeedDecision
  const e = d.estimates.find((x) => x.name === w.candidate.name)
  if (d.rounds === 0)
    return `Shipped **${w.candidate.name}** (the control): no other candidate was left to compare.`
  if (d.keptControl || e === undefined)
    return `Shipped **${w.candidate.name}** (the control): over ${d.rounds} rounds no candidate was faster by more than the minimum gain (${percent(d.minGain)}) with 95% confidence for the whole family of candidates.`
  return `Shipped **${w.candidate.name}**: ${e.ratio.toFixed(3)}× the ${t.clock} time of ${reference.candidate.name} (over ${d.rounds} rounds, 95% interval ${e.low?.toFixed(3)}–${e.high?.toFixed(3)}), ${percent(e.gain)} faster; it beat the minimum gain (${percent(d.minGain)}) at the look of round ${e.passedAt ?? '?'}.`
}

export function tuneSection(
  t: TuneOutcome,
  preset: PresetName,
  overrides: ProfileValues
): string[] {
  const reference =
    t.measured.find((m) =>
      t.mode === 'speed' ? m.candidate.spec.control : m.candidate.name === 'preset'
    ) ?? t.measured[0]
  const speed = t.mode === 'speed'
  const lines = [
    `### Tuning (\`tune: ${t.mode}\`)`,
    '',
    speed
      ? `| candidate | profile keys | rustflags | size | median ${t.clock} time | vs ${reference.candidate.name} (95% interval) | build time |`
      : '| candidate | profile keys | rustflags | size | vs preset | build time |',
    speed ? '|---|---|---|--:|--:|--:|--:|' : '|---|---|---|--:|--:|--:|'
  ]
  for (const m of t.measured) {
    const mark = m.candidate === t.winner ? '✅ ' : ''
    const name = `${mark}${m.candidate === t.winner ? `**${m.candidate.name}**` : m.candidate.name}`
    const build = `${m.buildSeconds.toFixed(1)} s`
    const head = `| ${name} | ${keysText(m.candidate)} | ${flagsText(m.candidate)} | ${formatBytes(m.size)}`
    if (!speed) {
      lines.push(`${head} | ${pct(m.size, reference.size)} | ${build} |`)
      continue
    }
    const e = t.decision?.estimates.find((x) => x.name === m.candidate.name)
    const ratio =
      m.candidate.spec.control || e === undefined
        ? '1 (control)'
        : `${e.ratio.toFixed(3)}× (${e.low?.toFixed(3) ?? '?'}–${e.high?.toFixed(3) ?? '?'}); gain ${percent(e.gain)} (${percent(e.gainLow)}–${percent(e.gainHigh)}), detectable ${e.detectable === null ? 'none yet' : `≥ ${percent(e.detectable)}`}`
    lines.push(
      `${head} | ${m.time === null ? 'n/a' : `${m.time.toFixed(3)} s`} | ${ratio} | ${build} |`
    )
  }
  const total = t.measured.reduce((s, m) => s + m.buildSeconds, 0)
  lines.push(
    '',
    verdict(t, reference),
    '',
    `Tuning built ${t.measured.length} candidates in ${total.toFixed(1)} s.`
  )
  if (speed)
    lines.push(
      `Rule: a candidate ships only if it is faster than ${reference.candidate.name} by more than tune-min-gain (${percent(t.decision?.minGain ?? null)}) with 95% confidence for the whole family: a t test of the per-round log time ratios once runs more than 5 robust standard deviations off their round and candidate are set aside, Holm's procedure across candidates, the 5% spent over fixed looks (rounds 10, 20, 30); rounds ran interleaved, the control twice a round, in a seeded shuffled order, after a warm-up. "detectable" is the smallest gain these rounds could have shown.`
    )
  for (const n of t.notes) lines.push(`- ${n}`)
  lines.push(
    '',
    'To build this winner without tuning, set these inputs:',
    '',
    '```yaml',
    ...pinInputs(t.winner, preset, overrides),
    '```',
    ''
  )
  return lines
}
